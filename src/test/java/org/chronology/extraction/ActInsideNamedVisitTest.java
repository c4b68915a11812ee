package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An act told as done inside a visit the same clause names ("وقّع … خلال زيارة الوزير إلى …"، "في
 * ختام زيارة استمرت يومين") reports two happenings: the act with its own type, and the visit, with
 * the act's date or lending its own to the act.
 */
class ActInsideNamedVisitTest {

  @Test
  void agreementSignedDuringANamedVisitGivesTheVisitToo() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقّعت ماليزيا وإندونيسيا أمس الأربعاء اتفاقية للتعاون في مجال الموانئ خلال زيارة وزير"
                + " النقل الماليزي إلى جاكرتا.");
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertNotNull(visit, events.toString());
    assertEquals(LocalDate.of(2023, 3, 15), visit.date().start(), visit.toString());
    assertNotNull(Fixtures.ofType(events, EventType.DEAL), events.toString());
  }

  @Test
  void agreementSignedAtTheEndOfAVisitGivesTheVisitToo() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وكان وزير الزراعة الكيني قد وقّع المذكرة أمس الأربعاء في ختام زيارة إلى أديس أبابا"
                + " استمرت ثلاثة أيام.");
    assertNotNull(Fixtures.ofType(events, EventType.VISIT), events.toString());
    assertNotNull(Fixtures.ofType(events, EventType.DEAL), events.toString());
  }

  @Test
  void theActTakesTheDateGivenAfterTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وتعززت العلاقات منذ توقيع البرتوكول الأمني الذي وقعه البلدان خلال زيارة الرئيس الكيني"
                + " إلى أديس أبابا في العاشر من فبراير الماضي.");
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertNotNull(deal, events.toString());
    assertEquals(LocalDate.of(2023, 2, 10), deal.date().start(), deal.toString());
    assertNotNull(Fixtures.ofType(events, EventType.VISIT), events.toString());
  }

  @Test
  void theArticlesOwnVisitRecalledIsNoSecondVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل وزير النقل الماليزي إلى جاكرتا أمس الأربعاء في زيارة رسمية. ووقّع البلدان اتفاقية"
                + " للتعاون في مجال الموانئ خلال الزيارة.");
    assertEquals(
        1, events.stream().filter(e -> e.type() == EventType.VISIT).count(), events.toString());
    assertTrue(events.stream().anyMatch(e -> e.type() == EventType.DEAL), events.toString());
  }
}
