package org.chronology.time;

import java.time.LocalDate;

/**
 * A date phrase found in a text and what it means.
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
    boolean weekdayMismatch) {

  public boolean resolved() {
    return start != null || end != null;
  }
}
