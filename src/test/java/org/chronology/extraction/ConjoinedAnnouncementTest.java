package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A declaring verb joined by و to the verb of a visit, announcing a step of another kind ("زار …
 * بغداد وأعلن عودة سفارة بلاده إليها"، "وأعلن من هناك حزمة مساعدات"), tells that step: an event of
 * its own beside the visit, of the same doer and day. A declaration about the visit itself ("وأعلن
 * أن الزيارة تهدف إلى …") stays the visit.
 */
class ConjoinedAnnouncementTest {

  @Test
  void aStepAnnouncedOnAVisitIsAnEventOfItsOwn() {
    List<ExtractedEvent> events =
        Fixtures.extract("زار وزير الخارجية النرويجي عمّان أمس وأعلن عودة سفارة بلاده إليها.");
    assertEquals(2, events.size(), events.toString());
    Fixtures.ofType(events, EventType.VISIT);
    ExtractedEvent step = Fixtures.ofType(events, EventType.DIPLOMATIC);
    assertEquals(LocalDate.of(2023, 3, 15), step.date().start(), step.toString());
    Fixtures.assertActors(step, "النرويج");
  }

  @Test
  void aidAnnouncedFromAVisitIsADealOfTheSameDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "زار وزير الخارجية الهولندي بيروت في شباط/فبراير الماضي، وأعلن من هناك حزمة مساعدات"
                + " بقيمة 40 مليون يورو.");
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent aid = Fixtures.ofType(events, EventType.DEAL);
    assertEquals(
        Fixtures.ofType(events, EventType.VISIT).date().start(),
        aid.date().start(),
        aid.toString());
  }

  @Test
  void aDeclarationAboutTheVisitStaysTheVisit() {
    assertEquals(
        EventType.VISIT,
        Fixtures.only(
                "وصل وزير الخارجية الأردني إلى بغداد أمس، وأعلن أن الزيارة تهدف إلى تعزيز التعاون.")
            .type());
  }
}
