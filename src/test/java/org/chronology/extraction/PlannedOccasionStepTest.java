package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, An event and Dates: a step planned without a date of its own, told after a planned visit
 * ("ويُنتظر أن يوقع البلدان …"، "ومن المنتظر أن يوقع الجانبان …"), is part of the visit's programme
 * and is planned for the visit's days (published Monday 13 May 2024).
 */
class PlannedOccasionStepTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

  @Test
  void aSigningExpectedDuringAPlannedVisitTakesItsDays() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "أعلنت الرئاسة أن رئيس الوزراء الماليزي سيقوم بزيارة رسمية إلى الرياض يومي 20"
                    + " و21 مايو الجاري.",
                "ويُنتظر أن يوقع البلدان اتفاقيات للتعاون في مجالات النقل والسياحة."),
            MONDAY);
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertEquals(LocalDate.of(2024, 5, 20), deal.date().start(), events.toString());
    assertEquals(LocalDate.of(2024, 5, 21), deal.date().end(), events.toString());
  }

  @Test
  void aStepExpectedOnAPlannedDayTakesThatDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "يزور وزير الخارجية البرازيلي العاصمة الكينية نيروبي يوم الخميس المقبل في أول"
                    + " جولة له في شرق أفريقيا.",
                "ومن المنتظر أن يوقع الجانبان مذكرة تفاهم لإلغاء التأشيرات."),
            MONDAY);
    ExtractedEvent step = Fixtures.withEvidence(events, "مذكرة");
    assertEquals(LocalDate.of(2024, 5, 16), step.date().start(), events.toString());
  }
}
