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

  /** The lower-case name used in the API and the database. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Precision fromCode(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }

  /** True when this precision is finer than (or equal to) {@code other}. */
  public boolean atLeastAsFineAs(Precision other) {
    return ordinal() <= other.ordinal();
  }
}
