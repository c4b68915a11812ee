package org.chronology.time;

import java.time.LocalDate;

/**
 * A date phrase found in a text and what it means.
 *
 * <p>Open ranges: "منذ العام 2016" has {@code start} = 2016-01-01 and {@code end} = null (open, not
 * the publication date, so that the interval does not silently change meaning when the publication
 * date is edited).
 *
 * @param startOffset offset of the phrase in the original text (UTF-16 units)
 * @param endOffset exclusive end offset of the phrase in the original text
 * @param text the phrase as written
 * @param start first day of the interval, or null when it cannot be known (open start, or a
 *     relative phrase without a publication date)
 * @param end last day of the interval (inclusive), or null when unknown or open
 * @param precision how finely the interval is known; {@link Precision#UNKNOWN} when unresolved
 * @param approximate true when the text hedges (حوالي، نحو، أوائل، أواخر، قبل أيام)
 * @param resolvedAgainst the reference date used for a relative phrase, else null
 * @param relative true when the phrase needs a reference date (أمس، الأسبوع الماضي، الثلاثاء)
 * @param weekdayMismatch true when a weekday written with the date contradicts it
 * @param anchor for a date relative to another event of the article ("قبل يوم واحد من انطلاق
 *     العملية"): the offset from that event; {@code start}/{@code end} are then null, {@code
 *     precision} UNKNOWN and {@code relative} true until the caller resolves it with {@link
 *     EventAnchor#applyTo(LocalDate)}. The event phrase follows {@code endOffset} ("من ..."). Null
 *     for every other phrase.
 */
public record TemporalExpression(
    int startOffset,
    int endOffset,
    String text,
    LocalDate start,
    LocalDate end,
    Precision precision,
    boolean approximate,
    LocalDate resolvedAgainst,
    boolean relative,
    boolean weekdayMismatch,
    EventAnchor anchor) {

  /** The original ten-component form, without an event anchor. */
  public TemporalExpression(
      int startOffset,
      int endOffset,
      String text,
      LocalDate start,
      LocalDate end,
      Precision precision,
      boolean approximate,
      LocalDate resolvedAgainst,
      boolean relative,
      boolean weekdayMismatch) {
    this(
        startOffset,
        endOffset,
        text,
        start,
        end,
        precision,
        approximate,
        resolvedAgainst,
        relative,
        weekdayMismatch,
        null);
  }

  public boolean resolved() {
    return start != null || end != null;
  }

  /** The same phrase read as the interval {@code [from, to]}, everything else kept. */
  public TemporalExpression withInterval(LocalDate from, LocalDate to) {
    return new TemporalExpression(
        startOffset,
        endOffset,
        text,
        from,
        to,
        precision,
        approximate,
        resolvedAgainst,
        relative,
        weekdayMismatch,
        anchor);
  }
}
