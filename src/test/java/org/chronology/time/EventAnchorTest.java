package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventAnchorTest {

  private static TemporalExpression phrase(String text) {
    return new TemporalExpression(
        0, text.length(), text, null, null, Precision.UNKNOWN, false, null, true, false, null);
  }

  private static TemporalExpression day(LocalDate d) {
    return new TemporalExpression(0, 4, "أمس", d, d, Precision.DAY, false, d, true, false);
  }

  /** An anchor (amount, unit, direction, approximate) applied to the event's day. */
  @ParameterizedTest(name = "{0} {1} {2} of {4} is {5}")
  @CsvSource({
    "3, HOURS, AFTER, true, 2023-05-31, 2023-05-31", // hours round to the nearest day
    "48, HOURS, BEFORE, false, 2023-05-31, 2023-05-29",
    "24, HOURS, BEFORE, false, 2023-09-19, 2023-09-18",
    "2, DAYS, AFTER, false, 2023-09-19, 2023-09-21"
  })
  void testApplyTo(
      int amount,
      ChronoUnit unit,
      EventAnchor.Direction direction,
      boolean approximate,
      LocalDate day,
      LocalDate expected) {
    assertEquals(expected, new EventAnchor(amount, unit, direction, approximate).applyTo(day));
  }

  @Test
  void testInverseGoesBackFromThePhrasesDate() {
    EventAnchor after = new EventAnchor(2, ChronoUnit.DAYS, EventAnchor.Direction.AFTER, false);
    LocalDate d = LocalDate.of(2024, 2, 10);
    assertEquals(d, after.inverse().applyTo(after.applyTo(d)));
  }

  @Test
  void testMonthsFromADayGiveTheWholeMonth() {
    EventAnchor after = new EventAnchor(2, ChronoUnit.MONTHS, EventAnchor.Direction.AFTER, false);
    TemporalExpression r =
        after.inverse().resolve(phrase("بعد شهرين"), day(LocalDate.of(2023, 3, 29)));
    assertEquals(LocalDate.of(2023, 1, 1), r.start());
    assertEquals(LocalDate.of(2023, 1, 31), r.end());
    assertEquals(Precision.MONTH, r.precision());
    assertEquals("بعد شهرين", r.text());
  }

  @Test
  void testDaysFromAMonthKeepTheMonthsPrecision() {
    EventAnchor before = new EventAnchor(3, ChronoUnit.DAYS, EventAnchor.Direction.BEFORE, true);
    TemporalExpression month =
        new TemporalExpression(
            0,
            4,
            "مارس",
            LocalDate.of(2023, 3, 1),
            LocalDate.of(2023, 3, 31),
            Precision.MONTH,
            false,
            null,
            false,
            false);
    TemporalExpression r = before.resolve(phrase("قبل أيام"), month);
    assertEquals(Precision.MONTH, r.precision());
    assertEquals(LocalDate.of(2023, 2, 1), r.start());
    assertEquals(LocalDate.of(2023, 3, 31), r.end());
    assertTrue(r.approximate());
  }
}
