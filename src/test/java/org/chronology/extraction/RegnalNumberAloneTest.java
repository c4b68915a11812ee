package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A regnal number is a surname only with the name before it ("الملك عبد الله الثاني"): the ordinal
 * of a month name or a date later in the article ("كانون الثاني"، "الثاني من شباط") is no mention
 * of the king.
 */
class RegnalNumberAloneTest {

  @Test
  void testTheMonthsOrdinalIsNotTheKing() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "زار الملك عبد الله الثاني بغداد أمس.\n\n"
                + "وكان البلدان قد وقعا في كانون الثاني الماضي اتفاقية للربط الكهربائي.");
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertTrue(Fixtures.hasActor(visit, "عبد الله الثاني"), visit.actors().toString());
    assertFalse(Fixtures.hasActor(deal, "عبد الله الثاني"), deal.actors().toString());
    assertTrue(Fixtures.hasActor(deal, "العراق"), deal.actors().toString());
  }
}
