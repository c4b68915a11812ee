package org.chronology.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One date rule: a pattern (see {@link TimePatterns}), the trigger words it needs ({@link
 * TriggerIndex}) and the resolver that turns a match into a candidate.
 */
record Rule(String name, int trigger, Pattern pattern, Builder builder) {

  /** The normalised text and the publication date (null when unknown). */
  record Ctx(String s, LocalDate pub) {}

  /** Turns a match into a candidate; null when the match is not a date after all. */
  @FunctionalInterface
  interface Builder {
    Cand build(Matcher m, Ctx c);
  }
}
