package org.chronology.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A date given relative to another event of the same article ("قبل يوم واحد من انطلاق العملية",
 * "قبل 24 ساعة من ...", "بعد يومين من ..."), which the tagger cannot resolve alone: the extraction
 * stage finds the event named after the phrase and calls {@link #applyTo(LocalDate)} with its date.
 *
 * @param amount how many units (1 for "يوم واحد", 2 for "يومين", 24 for "24 ساعة")
 * @param unit the calendar unit: MINUTES, HOURS, DAYS, WEEKS, MONTHS, YEARS or DECADES
 * @param direction whether the phrase lies before or after the anchor event
 * @param approximate true when the amount is vague ("قبل أيام من") or hedged
 * @param vague true when no count is given ("بعد أيام من"، "قبل بضعة أسابيع من")
 */
public record EventAnchor(
    int amount, ChronoUnit unit, Direction direction, boolean approximate, boolean vague) {

  /** An anchor with a count. */
  public EventAnchor(int amount, ChronoUnit unit, Direction direction, boolean approximate) {
    this(amount, unit, direction, approximate, false);
  }

  /** Which side of the anchor event the date lies on. */
  public enum Direction {
    BEFORE,
    AFTER
  }

  /**
   * The date this phrase names, given the anchor event's date. Hours are rounded to the nearest
   * day: "بعد ساعات من الهجوم" is the day of the attack, "قبل 24 ساعة" the day before.
   */
  public LocalDate applyTo(LocalDate eventDate) {
    return Interval.shift(eventDate, unit, direction == Direction.BEFORE ? -amount : amount);
  }

  /** How finely {@link #applyTo(LocalDate)} is known. */
  public Precision precision() {
    return switch (unit) {
      case MINUTES, HOURS, DAYS -> Precision.DAY;
      case WEEKS -> Precision.WEEK;
      case MONTHS -> Precision.MONTH;
      case YEARS -> Precision.YEAR;
      default -> Precision.DECADE;
    };
  }

  /** The same offset seen from the anchor event: the anchor's date from this phrase's date. */
  public EventAnchor inverse() {
    return new EventAnchor(
        amount,
        unit,
        direction == Direction.BEFORE ? Direction.AFTER : Direction.BEFORE,
        approximate,
        vague);
  }

  /**
   * The phrase resolved against the date of its anchor event: the offset applied to both ends, at
   * the offset's precision when the anchor is known to the day (else the anchor's), widened to that
   * precision's whole week, month or year ("بعد شهرين من الهجوم" = that month).
   */
  public TemporalExpression resolve(TemporalExpression phrase, TemporalExpression anchorDate) {
    TemporalExpression few = few(phrase, anchorDate);
    if (few != null) {
      return few;
    }
    LocalDate from = applyTo(anchorDate.start());
    LocalDate to = applyTo(anchorDate.end() != null ? anchorDate.end() : anchorDate.start());
    Precision p = anchorDate.precision() == Precision.DAY ? precision() : anchorDate.precision();
    Interval a = Interval.unitAround(from, unitOf(p));
    Interval b = Interval.unitAround(to, unitOf(p));
    return new TemporalExpression(
        phrase.startOffset(),
        phrase.endOffset(),
        phrase.text(),
        p == Precision.DAY ? from : a.start(),
        p == Precision.DAY ? to : b.end(),
        p,
        phrase.approximate() || anchorDate.approximate() || approximate,
        anchorDate.resolvedAgainst(),
        true,
        false,
        this);
  }

  /**
   * "بعد أيام من الانسحاب" from a day: between two and seven units from it, one precision coarser
   * (a week), as "قبل أيام" is counted from the publication date; null when the count is given or
   * the anchor is not known to the day.
   */
  public TemporalExpression few(TemporalExpression phrase, TemporalExpression anchorDate) {
    if (!vague || Interval.subDay(unit) || anchorDate.precision() != Precision.DAY) {
      return null;
    }
    boolean before = direction == Direction.BEFORE;
    LocalDate first = anchorDate.start();
    LocalDate last = anchorDate.end() != null ? anchorDate.end() : first;
    return new TemporalExpression(
        phrase.startOffset(),
        phrase.endOffset(),
        phrase.text(),
        Interval.shift(first, unit, before ? -FEW_FAR : FEW_NEAR),
        Interval.shift(last, unit, before ? -FEW_NEAR : FEW_FAR),
        Interval.coarser(unit),
        true,
        anchorDate.resolvedAgainst(),
        true,
        false,
        this);
  }

  /** The nearest and farthest count of units a vague "أيام" stands for. */
  private static final int FEW_NEAR = 2;

  private static final int FEW_FAR = 7;

  private static ChronoUnit unitOf(Precision p) {
    return switch (p) {
      case WEEK -> ChronoUnit.WEEKS;
      case MONTH -> ChronoUnit.MONTHS;
      case YEAR -> ChronoUnit.YEARS;
      default -> ChronoUnit.DAYS;
    };
  }
}
