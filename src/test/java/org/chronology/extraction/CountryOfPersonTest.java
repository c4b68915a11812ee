package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A person acting for a state brings the state into the event, implied. */
class CountryOfPersonTest {

  @Test
  void testTheMinistersCountryIsAnActorOfTheVisit() {
    ExtractedEvent e =
        Fixtures.only("وصل وزير الخارجية الكيني موسى موراجي أمس إلى كمبالا في زيارة رسمية.");
    assertTrue(Fixtures.hasActor(e, "كينيا"), e.actors().toString());
    assertNull(Fixtures.actor(e, "كينيا").span(), "implied, not written");
  }

  @Test
  void testACapitalOpeningAReportedClauseIsItsState() {
    var events =
        Fixtures.extract("وقال مسؤول حكومي أمس إن نيروبي قررت استدعاء سفيرها لدى كمبالا للتشاور.");
    assertTrue(events.stream().anyMatch(e -> Fixtures.hasActor(e, "كينيا")), events.toString());
  }

  @Test
  void testAnArmyBringsItsState() {
    ExtractedEvent e =
        Fixtures.only("أجرى الجيش الإسرائيلي أمس مناورات عسكرية واسعة قرب الحدود الشمالية.");
    assertTrue(Fixtures.hasActor(e, "إسرائيل"), e.actors().toString());
  }
}
