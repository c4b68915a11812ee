package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A step agreed or foreseen after "على أن" ("اتفقا على أن يزور الوزير …"، "…، على أن تعقد اللجنة
 * أول اجتماعاتها الشهر المقبل") is still to come: planned (the guide's status for scheduled
 * events), and a meeting of next month is no part of a visit told as held yesterday. A noun after
 * another verb there ("على أن تحال المعاهدة إلى البرلمان") is not made planned.
 */
class AgreedStepTest {

  @Test
  void testVisitAgreedUponIsPlanned() {
    ExtractedEvent e =
        Fixtures.only(
            "وأفاد بيان للخارجية بأن الوزيرين اتفقا على أن يزور الوزير الكازاخي أذربيجان في وقت"
                + " لاحق من هذا العام.");
    assertEquals(EventType.VISIT, e.type());
    assertEquals(EventStatus.PLANNED, e.status());
  }

  /**
   * A Thursday near a month's end: next month begins within the programme days of a visit of
   * yesterday.
   */
  private static final LocalDate LATE_IN_MONTH = LocalDate.of(2023, 3, 30);

  @Test
  void testFirstMeetingNextMonthIsNotTheVisitsProgramme() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            Fixtures.article(
                "استقبل العاهل الأردني، أمس الأربعاء، الرئيس القبرصي في عمّان، في أول زيارة"
                    + " يجريها إلى الأردن.",
                "واتفق الجانبان على تشكيل لجنة بحرية مشتركة، على أن تعقد أول اجتماعاتها الشهر"
                    + " المقبل."),
            LATE_IN_MONTH);
    assertEquals(2, e.size(), e.toString());
    assertEquals(EventType.VISIT, e.get(0).type());
    assertEquals(EventType.MEETING, e.get(1).type());
    assertEquals(EventStatus.PLANNED, e.get(1).status());
  }

  @Test
  void testNounAfterAnotherVerbKeepsItsStatus() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وقع الرئيسان أمس في الرياض معاهدة الحدود، على أن تحال المعاهدة إلى البرلمان"
                + " للمصادقة عليها.");
    assertEquals(EventStatus.HAPPENED, e.get(0).status(), e.toString());
    assertEquals(1, e.size(), e.toString());
  }
}
