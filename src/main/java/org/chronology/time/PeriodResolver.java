package org.chronology.time;

import java.util.regex.Matcher;

/**
 * Decades and centuries ("أوائل تسعينات القرن الماضي", "القرن العشرين"). A decade without a century
 * is taken in the 1900s; parts follow {@link Parts}.
 */
final class PeriodResolver extends Resolver {

  /** {@link #centuryStart} when the phrase names no century. */
  private static final int NO_CENTURY = Integer.MAX_VALUE;

  /** {@link #centuryStart} when the century is impossible. */
  private static final int BAD_CENTURY = Integer.MIN_VALUE;

  PeriodResolver(TimeLexicon lex) {
    super(lex);
  }

  /** First year of a century given as relative word, ordinal or number; null if unresolvable. */
  private Integer centuryStart(Matcher m, Rule.Ctx c, boolean[] relativeOut) {
    String crel = group(m, "crel");
    if (crel != null) {
      String r = TimeLexicon.lookup(lex.relative, crel);
      relativeOut[0] = true;
      if (c.pub() == null) {
        return null;
      }
      int cur = c.pub().getYear() / 100 * 100;
      return switch (r) {
        case "PAST" -> cur - 100;
        case "CURRENT" -> cur;
        case "NEXT" -> cur + 100;
        default -> BAD_CENTURY;
      };
    }
    Integer n = TimeLexicon.lookup(lex.ordinals, group(m, "cord"));
    if (n == null && group(m, "cnum") != null) {
      n = Integer.parseInt(m.group("cnum"));
    }
    if (n == null) {
      return NO_CENTURY;
    }
    if (n < 1 || n > 21) {
      return BAD_CENTURY;
    }
    return (n - 1) * 100;
  }

  Cand decade(Matcher m, Rule.Ctx c) {
    int dec = TimeLexicon.lookup(lex.decades, m.group("dec"));
    String kind = partKind(m);
    boolean[] rel = {false};
    Integer cs = centuryStart(m, c, rel);
    if (cs != null && cs == BAD_CENTURY) {
      return null;
    }
    if (cs != null && cs == NO_CENTURY) {
      cs = 1900;
    }
    boolean approx = Parts.hedged(kind);
    if (rel[0]) {
      final Integer base = cs;
      return relative(
          m,
          c,
          pub ->
              Parts.of(
                  kind,
                  Interval.years(base + dec, base + dec + 9, Precision.DECADE),
                  Parts.Scale.DECADE),
          approx);
    }
    return absolute(
        m,
        Parts.of(
            kind, Interval.years(cs + dec, cs + dec + 9, Precision.DECADE), Parts.Scale.DECADE),
        approx);
  }

  Cand century(Matcher m, Rule.Ctx c) {
    String kind = partKind(m);
    boolean[] rel = {false};
    Integer cs = centuryStart(m, c, rel);
    if (cs != null && (cs == BAD_CENTURY || cs == NO_CENTURY)) {
      return null;
    }
    boolean approx = Parts.hedged(kind);
    if (rel[0]) {
      final Integer base = cs;
      return relative(
          m,
          c,
          pub ->
              Parts.of(
                  kind, Interval.years(base, base + 99, Precision.CENTURY), Parts.Scale.CENTURY),
          approx);
    }
    return absolute(
        m,
        Parts.of(kind, Interval.years(cs, cs + 99, Precision.CENTURY), Parts.Scale.CENTURY),
        approx);
  }
}
