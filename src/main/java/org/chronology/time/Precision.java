package org.chronology.time;

/** How finely a date interval is known; the contract's {@code date.precision} values. */
public enum Precision {
  DAY,
  WEEK,
  MONTH,
  SEASON,
  YEAR,
  DECADE,
  CENTURY,
  UNKNOWN;

  /** Made once: merges compare and bind codes per row. */
  private final String code = name().toLowerCase(java.util.Locale.ROOT);

  /** The lower-case name used in the API and the database. */
  public String code() {
    return code;
  }

  public static Precision fromCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }

  /** True when this precision is finer than (or equal to) {@code other}. */
  public boolean atLeastAsFineAs(Precision other) {
    return ordinal() <= other.ordinal();
  }
}
