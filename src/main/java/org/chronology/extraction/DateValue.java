package org.chronology.extraction;

import java.time.LocalDate;
import org.chronology.time.Precision;

/**
 * An event's date as an inclusive interval with its precision; {@code start}/{@code end} are null
 * when the date cannot be known (precision {@link Precision#UNKNOWN}).
 *
 * @param text the date phrase as written, or null when the event has no date phrase
 * @param resolvedAgainst the reference date a relative phrase was resolved against, else null
 */
public record DateValue(
    LocalDate start,
    LocalDate end,
    Precision precision,
    boolean approximate,
    String text,
    LocalDate resolvedAgainst) {

  public static final DateValue UNKNOWN =
      new DateValue(null, null, Precision.UNKNOWN, false, null, null);

  public boolean known() {
    return start != null && end != null;
  }
}
