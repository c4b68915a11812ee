package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A deadline at the end of a period not yet over ("قبل نهاية العام") runs from the paper's date to
 * the period's end, not its last third; "خلال الأشهر المقبلة" has no span and stays unresolved;
 * «أمس» with a weekday that is not the day before the paper's date (printed overnight) is the day
 * named.
 */
class DeadlinesAndNamedYesterdayTest {

  private static final TemporalTagger TAGGER = TemporalTagger.standard();
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 15);
  private static final LocalDate THURSDAY = LocalDate.of(2024, 5, 16);

  private static TemporalExpression only(String text, LocalDate pub) {
    List<TemporalExpression> found = TAGGER.tag(text, pub);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @Test
  void beforeTheEndOfThisYearRunsFromThePaperToTheYearsEnd() {
    TemporalExpression e = only("تفتتح البعثة مكتبها قبل نهاية العام الجاري", WEDNESDAY);
    assertEquals(WEDNESDAY, e.start());
    assertEquals(LocalDate.of(2024, 12, 31), e.end());
    assertEquals(Precision.YEAR, e.precision());
    assertFalse(e.approximate());
  }

  @Test
  void beforeTheEndOfNextMonthRunsFromThePaperToThatMonthsEnd() {
    TemporalExpression e = only("يصل الوفد قبيل نهاية الشهر المقبل", WEDNESDAY);
    assertEquals(WEDNESDAY, e.start());
    assertEquals(LocalDate.of(2024, 6, 30), e.end());
    assertEquals(Precision.MONTH, e.precision());
    assertFalse(e.approximate());
  }

  @Test
  void theEndOfTheYearAloneStaysItsLastThird() {
    TemporalExpression e = only("تفتتح البعثة مكتبها نهاية العام الجاري", WEDNESDAY);
    assertEquals(LocalDate.of(2024, 9, 1), e.start());
  }

  @Test
  void theComingMonthsHaveNoSpan() {
    TemporalExpression e = only("تبدأ المفاوضات خلال الأشهر المقبلة", WEDNESDAY);
    assertNull(e.start());
    TemporalExpression weeks = only("تبدأ المفاوضات خلال الأسابيع المقبلة", WEDNESDAY);
    assertEquals(WEDNESDAY, weeks.start());
  }

  @Test
  void yesterdayWithAnEarlierWeekdayIsTheDayNamed() {
    TemporalExpression e = only("التقى الوزيران أمس الثلاثاء", THURSDAY);
    assertEquals(LocalDate.of(2024, 5, 14), e.start());
    assertTrue(e.weekdayMismatch());
    TemporalExpression plain = only("التقى الوزيران أمس الأربعاء", THURSDAY);
    assertEquals(LocalDate.of(2024, 5, 15), plain.start());
    // a weekday too far back for an overnight paper: yesterday still
    TemporalExpression far = only("التقى الوزيران أمس الجمعة", THURSDAY);
    assertEquals(LocalDate.of(2024, 5, 15), far.start());
  }
}
