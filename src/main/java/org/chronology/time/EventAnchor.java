package org.chronology.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date given relative to another event of the same article ("قبل يوم واحد من انطلاق العملية",
 * "قبل 24 ساعة من ...", "بعد يومين من ..."), which the tagger cannot resolve alone: the extraction
 * stage finds the event named after the phrase and calls {@link #applyTo(LocalDate)} with its date.
 *
 * @param amount how many units (1 for "يوم واحد", 2 for "يومين", 24 for "24 ساعة")
 * @param unit the calendar unit: HOURS, DAYS, WEEKS, MONTHS, YEARS or DECADES
 * @param direction whether the phrase lies before or after the anchor event
 * @param approximate true when the amount is vague ("قبل أيام من")
 */
public record EventAnchor(int amount, ChronoUnit unit, Direction direction, boolean approximate) {

  /** Which side of the anchor event the date lies on. */
  public enum Direction {
    BEFORE,
    AFTER
  }

  /** The date this phrase names, given the anchor event's date (hours are rounded up to days). */
  public LocalDate applyTo(LocalDate eventDate) {
    long n = direction == Direction.BEFORE ? -amount : amount;
    if (unit == ChronoUnit.HOURS) {
      long days = (amount + 23) / 24;
      return eventDate.plusDays(direction == Direction.BEFORE ? -days : days);
    }
    return eventDate.plus(n, unit);
  }

  /** How finely {@link #applyTo(LocalDate)} is known. */
  public Precision precision() {
    return switch (unit) {
      case HOURS, DAYS -> Precision.DAY;
      case WEEKS -> Precision.WEEK;
      case MONTHS -> Precision.MONTH;
      case YEARS -> Precision.YEAR;
      default -> Precision.DECADE;
    };
  }
}
