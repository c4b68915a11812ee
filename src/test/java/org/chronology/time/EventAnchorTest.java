package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class EventAnchorTest {

  private static TemporalExpression phrase(String text) {
    return new TemporalExpression(
        0, text.length(), text, null, null, Precision.UNKNOWN, false, null, true, false, null);
  }

  private static TemporalExpression day(LocalDate d) {
    return new TemporalExpression(0, 4, "أمس", d, d, Precision.DAY, false, d, true, false);
  }

  @Test
  void testHoursRoundToTheNearestDay() {
    EventAnchor few = new EventAnchor(3, ChronoUnit.HOURS, EventAnchor.Direction.AFTER, true);
    assertEquals(LocalDate.of(2023, 5, 31), few.applyTo(LocalDate.of(2023, 5, 31)));
    EventAnchor two = new EventAnchor(48, ChronoUnit.HOURS, EventAnchor.Direction.BEFORE, false);
    assertEquals(LocalDate.of(2023, 5, 29), two.applyTo(LocalDate.of(2023, 5, 31)));
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
