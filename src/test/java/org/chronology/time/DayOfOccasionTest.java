package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A lone singular unit before a definite noun names the day (month, year) of that occasion, not one
 * unit counted from the publication date; a count written as such still is one.
 */
class DayOfOccasionTest {

  private static final TemporalTagger TAGGER = TemporalTagger.standard();
  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 9, 18);

  @Test
  void sinceTheDayOfTheAttackIsNoDate() {
    List<TemporalExpression> t =
        TAGGER.tag("لم تتوقف الاشتباكات منذ يوم الهجوم على المعسكر.", WEDNESDAY);
    assertTrue(t.isEmpty(), t.toString());
  }

  @Test
  void afterPollingDayIsNoDate() {
    List<TemporalExpression> t =
        TAGGER.tag("أعلنت اللجنة النتائج بعد يوم الاقتراع بساعات.", WEDNESDAY);
    assertTrue(t.isEmpty(), t.toString());
  }

  @Test
  void aDayCountedIsStillADay() {
    assertEquals(
        LocalDate.of(2024, 9, 17), TAGGER.tag("وقعت الحادثة قبل يوم.", WEDNESDAY).get(0).start());
    assertEquals(
        LocalDate.of(2024, 9, 17), TAGGER.tag("قتل جندي قبل يوم واحد.", WEDNESDAY).get(0).start());
  }

  @Test
  void beforeAWeekdayIsThatWeekday() {
    assertEquals(
        LocalDate.of(2024, 9, 13),
        TAGGER.tag("وصل الوفد قبل يوم الجمعة.", WEDNESDAY).get(0).start());
  }
}
