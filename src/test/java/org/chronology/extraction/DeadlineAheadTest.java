package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * "قبل نهاية العام الجاري" is a plan due by the year's end: from the publication day to 31
 * December, year precision, not the year's last third; a happening told by its noun or a present
 * verb with that deadline is still to come (planned).
 */
class DeadlineAheadTest {

  @Test
  void committeeMeetingDueByTheYearsEndIsPlanned() {
    ExtractedEvent e =
        Fixtures.only(
            "وأعلنت الحكومة أن اللجنة المشتركة تعقد اجتماعها الأول في بيروت قبل نهاية العام"
                + " الجاري.");
    assertEquals(EventType.MEETING, e.type(), e.toString());
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
    assertEquals(Fixtures.PUBLISHED, e.date().start(), e.toString());
    assertEquals(LocalDate.of(2023, 12, 31), e.date().end(), e.toString());
    assertEquals(Precision.YEAR, e.date().precision(), e.toString());
  }

  @Test
  void visitDueByNextMonthsEndRunsFromPublication() {
    ExtractedEvent e =
        Fixtures.only("من المقرر أن يزور الرئيس التركي القاهرة قبل نهاية أيار المقبل.");
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
    assertEquals(Fixtures.PUBLISHED, e.date().start(), e.toString());
    assertEquals(LocalDate.of(2023, 5, 31), e.date().end(), e.toString());
    assertEquals(Precision.MONTH, e.date().precision(), e.toString());
  }
}
