package org.chronology.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Decades and centuries ("أوائل تسعينات القرن الماضي", "القرن العشرين"), the decade named by its
 * word (the last, the next, the first of a century), and stretches of units up to or from the
 * publication date (the last days, the next two weeks), and a winter named by the two years it runs
 * across. A decade without a century is taken in the 1900s; parts follow {@link Parts}.
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
    return period(
        m, c, kind, rel[0], cs == null ? null : cs + dec, 10, Precision.DECADE, Parts.Scale.DECADE);
  }

  /**
   * The decade word with a relative word (the calendar decade before or after the publication's),
   * or with an ordinal and a century (the first decade of a century is its years 0 to 9).
   */
  Cand decadeWord(Matcher m, Rule.Ctx c) {
    String kind = partKind(m);
    String rel = TimeLexicon.lookup(lex.relative, group(m, "rel"));
    if (rel != null) {
      int sign = "PAST".equals(rel) ? -1 : 1;
      return relative(
          m,
          c,
          pub -> {
            int first = pub.getYear() / 10 * 10 + sign * 10;
            return Parts.of(
                kind, Interval.years(first, first + 9, Precision.DECADE), Parts.Scale.DECADE);
          },
          Parts.hedged(kind));
    }
    Integer n = TimeLexicon.lookup(lex.dayOrdinals, group(m, "dord"));
    boolean[] r = {false};
    Integer cs = centuryStart(m, c, r);
    if (n == null || n < 1 || n > 10 || cs != null && (cs == BAD_CENTURY || cs == NO_CENTURY)) {
      return null;
    }
    Integer first = cs == null ? null : cs + (n - 1) * 10;
    return period(m, c, kind, r[0], first, 10, Precision.DECADE, Parts.Scale.DECADE);
  }

  Cand century(Matcher m, Rule.Ctx c) {
    String kind = partKind(m);
    boolean[] rel = {false};
    Integer cs = centuryStart(m, c, rel);
    if (cs != null && (cs == BAD_CENTURY || cs == NO_CENTURY)) {
      return null;
    }
    return period(m, c, kind, rel[0], cs, 100, Precision.CENTURY, Parts.Scale.CENTURY);
  }

  /**
   * The period of {@code years} years from {@code first}, or the part of it {@code kind} names;
   * relative to the publication date when the century was ({@code first} is then null without one,
   * and the phrase stays unresolved).
   */
  private Cand period(
      Matcher m,
      Rule.Ctx c,
      String kind,
      boolean relative,
      Integer first,
      int years,
      Precision precision,
      Parts.Scale scale) {
    boolean approx = Parts.hedged(kind);
    // Lazy: a relative century without a publication date has no first year.
    Function<LocalDate, Interval> at =
        pub -> Parts.of(kind, Interval.years(first, first + years - 1, precision), scale);
    return relative ? relative(m, c, at, approx) : absolute(m, at.apply(null), approx);
  }

  /** "الأيام الماضية", "الأشهر المقبلة": a hedged stretch up to (or from) the reference date. */
  Cand recentPeriod(Matcher m, Rule.Ctx c) {
    TimeLexicon.UnitWord uw = TimeLexicon.lookup(lex.units, m.group("unit"));
    if (uw == null) {
      return null;
    }
    boolean past = m.group("past") != null;
    ChronoUnit unit = uw.unit();
    if (uw.count() > 0) {
      // a dual ("the next two weeks", "within the last two months"): exactly two units
      return relative(m, c, pub -> Interval.stretch(pub, unit, uw.count(), !past), true);
    }
    if (m.group("rnumw") != null) {
      // "خلال الأشهر الثلاثة المقبلة": exactly that many units
      Integer n = TimeLexicon.lookup(lex.numbers, m.group("rnumw"));
      if (n == null || n <= 0) {
        return null;
      }
      return relative(m, c, pub -> Interval.stretch(pub, unit, n, !past), true);
    }
    if (uw.count() < 0) {
      return null; // a plural read only after a number (units.txt: -1): a long time, no span
    }
    if (!past && unit == ChronoUnit.MONTHS) {
      // "خلال الأشهر المقبلة": a vague future with no span of its own (dev conventions: undated),
      // unlike the few days or weeks ahead
      return Cand.unresolved(m.start("e"), m.end("e"), true);
    }
    long span =
        switch (unit) {
          case MINUTES, HOURS -> 1;
          case DAYS -> 7;
          case WEEKS -> 4;
          case MONTHS -> 6;
          default -> 5;
        };
    ChronoUnit step = Interval.subDay(unit) ? ChronoUnit.DAYS : unit;
    return relative(
        m,
        c,
        pub -> {
          LocalDate other = Interval.shift(pub, step, past ? -span : span);
          Precision p = Interval.subDay(unit) ? Precision.DAY : Interval.coarser(unit);
          return past ? new Interval(other, pub, p) : new Interval(pub, other, p);
        },
        true);
  }

  /**
   * "شتاء 2019-2020": a winter named by the two years it runs across is the later year's winter
   * (seasons are meteorological: winter Y runs from December Y-1 to February Y); any other pair of
   * years is no winter.
   */
  Cand winterSpan(Matcher m, Rule.Ctx c) {
    int y = Integer.parseInt(m.group("y"));
    int y2 = Integer.parseInt(m.group("y2"));
    if (y2 != y + 1) {
      return null;
    }
    return open(absolute(m, Interval.season("WINTER", y2), false), m.group("since") != null);
  }
}
