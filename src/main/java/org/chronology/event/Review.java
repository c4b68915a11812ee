package org.chronology.event;

import java.util.Locale;

/** Where an event stands with the editors; {@link #code()} is the stored and the API's value. */
public enum Review {
  /** Machine output no editor has looked at: re-extraction may replace it. */
  EXTRACTED,
  CONFIRMED,
  EDITED,
  /** Hidden from readers; kept so re-extraction does not bring it back. */
  REJECTED;

  /** The states an editor may choose. */
  public static final java.util.List<Review> CHOSEN =
      java.util.List.of(CONFIRMED, EDITED, REJECTED);

  /** Made once: merges compare and bind codes per row. */
  private final String code = name().toLowerCase(Locale.ROOT);

  public String code() {
    return code;
  }

  /** Parses a stored or contract code; throws {@link IllegalArgumentException} naming the value. */
  public static Review fromCode(String code) {
    for (Review r : values()) {
      if (r.code().equals(code)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown review: " + code);
  }
}
