package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * «قبيل نهاية الشهر الجاري» (shortly before the month's end) is the deadline «قبل نهاية الشهر» is:
 * a happening told by its noun or a present verb with it is still to come (planned), dated from the
 * publication day to the period's last day.
 */
class ShortlyBeforeDeadlineTest {

  @Test
  void meetingShortlyBeforeTheMonthsEndIsPlannedUpToIt() {
    ExtractedEvent e =
        Fixtures.only(
            "تعقد لجنة الحدود المشتركة اجتماعها الأول في الدوحة قبيل نهاية الشهر الجاري.");
    assertEquals(EventType.MEETING, e.type(), e.toString());
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
    assertEquals(Fixtures.PUBLISHED, e.date().start(), e.toString());
    assertEquals(LocalDate.of(2023, 3, 31), e.date().end(), e.toString());
    assertEquals(Precision.MONTH, e.date().precision(), e.toString());
  }

  @Test
  void visitShortlyBeforeTheYearsEndIsPlannedUpToIt() {
    ExtractedEvent e =
        Fixtures.only("يزور رئيس الوزراء الكوري الجنوبي عمان قبيل نهاية العام الجاري.");
    assertEquals(EventType.VISIT, e.type(), e.toString());
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
    assertEquals(LocalDate.of(2023, 12, 31), e.date().end(), e.toString());
    assertEquals(Precision.YEAR, e.date().precision(), e.toString());
  }
}
