package org.chronology.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * Parts of a period (parts.txt): أوائل/مطلع = first third, منتصف = middle third, أواخر = last third
 * (hedged); halves, quarters and named thirds ("الثلث الأخير", THIRD1..3) are exact. A decade's
 * early part is its years 0–4 (the guide's example), mid 3–6, late 7–9; a century's thirds are
 * 00–33, 34–66, 67–99; a week's start is Monday–Tuesday, its middle Tuesday–Thursday, its end the
 * weekend (Saturday–Sunday).
 */
final class Parts {

  /** The scale a part word divides. */
  enum Scale {
    WEEK,
    MONTH,
    SEASON,
    YEAR,
    DECADE,
    CENTURY
  }

  /** The part kind of "في وقت سابق من" (parts.txt). */
  static final String EARLIER = "EARLIER";

  private Parts() {}

  /** The prefix of the week-of-a-period kinds (WEEK1 … WEEK4, WEEKLAST). */
  private static final String WEEK_PART = "WEEK";

  /** The prefix of the first and last day kinds (DAYFIRST, DAYLAST). */
  private static final String DAY_PART = "DAY";

  /** Thirds are hedged; halves, quarters, named thirds, numbered weeks and days are not. */
  static boolean hedged(String partKind) {
    return partKind != null
        && !partKind.startsWith(WEEK_PART)
        && !partKind.startsWith(DAY_PART)
        && !partKind.startsWith("HALF")
        && !partKind.startsWith("Q")
        && !partKind.startsWith("THIRD");
  }

  /**
   * Applies a part (EARLY, MID, LATE, HALF1, Q2, THIRD3 ...) to an interval; null if absurd. Every
   * part keeps the precision of the period it divides ("أواخر مارس" is a month, approximately;
   * "النصف الأول من 2021" a year, exactly; "أوائل التسعينات" a decade), as annotators read it, but
   * a quarter of a year is three months, the guide's season-sized unit ("الربع الأول من 2023").
   */
  static Interval of(String kind, Interval iv, Scale scale) {
    if (kind == null) {
      return iv;
    }
    // "في وقت سابق من": the whole period; RelativeResolver ends a current one at the reference
    // date.
    Interval part =
        EARLIER.equals(kind)
            ? iv
            : kind.startsWith(WEEK_PART)
                ? weekOf(kind, iv, scale)
                : kind.startsWith(DAY_PART) ? dayOf(kind, iv, scale) : exact(kind, iv, scale);
    if (part == null) {
      return null;
    }
    if (kind.startsWith(WEEK_PART) || kind.startsWith(DAY_PART)) {
      return part;
    }
    Precision whole =
        switch (scale) {
          case WEEK -> Precision.WEEK;
          case MONTH -> Precision.MONTH;
          case SEASON -> Precision.SEASON;
          case YEAR -> kind.startsWith("Q") ? Precision.SEASON : Precision.YEAR;
          case DECADE -> Precision.DECADE;
          case CENTURY -> Precision.CENTURY;
        };
    return new Interval(part.start(), part.end(), whole);
  }

  private static Interval exact(String kind, Interval iv, Scale scale) {
    LocalDate s = iv.start();
    switch (scale) {
      case YEAR -> {
        return months(s, sub(kind, new int[] {0, 3, 4, 7, 8, 11}, new int[] {0, 5, 6, 11}, 12));
      }
      case SEASON -> {
        // A season's three months: its start, middle and end ("أواخر صيف 2013" = August).
        if (kind.startsWith("Q") || kind.startsWith("HALF")) {
          return null;
        }
        return months(s, sub(kind, new int[] {0, 0, 1, 1, 2, 2}, new int[] {0, 0, 0, 0}, 0));
      }
      case MONTH -> {
        // A Hijri month is 29 or 30 days: the interval, not the Gregorian month, gives the length.
        int len = (int) ChronoUnit.DAYS.between(s, iv.end()) + 1;
        if (kind.startsWith("Q")) {
          return null;
        }
        int[] r =
            sub(kind, new int[] {0, 9, 10, 19, 20, len - 1}, new int[] {0, 14, 15, len - 1}, 0);
        return new Interval(s.plusDays(r[0]), s.plusDays(r[1]), Precision.DAY);
      }
      case WEEK -> {
        if (kind.startsWith("Q")) {
          return null;
        }
        // The start is Monday–Tuesday, the middle Tuesday–Thursday, the end the weekend.
        int[] r = sub(kind, new int[] {0, 1, 1, 3, 5, 6}, new int[] {0, 3, 3, 6}, 0);
        return new Interval(s.plusDays(r[0]), s.plusDays(r[1]), Precision.WEEK);
      }
      case DECADE -> {
        if (kind.startsWith("Q")) {
          return null;
        }
        int[] r = sub(kind, new int[] {0, 4, 3, 6, 7, 9}, new int[] {0, 4, 5, 9}, 0);
        return Interval.years(s.getYear() + r[0], s.getYear() + r[1], Precision.YEAR);
      }
      default -> {
        int[] r = sub(kind, new int[] {0, 33, 34, 66, 67, 99}, new int[] {0, 49, 50, 99}, 100);
        return Interval.years(s.getYear() + r[0], s.getYear() + r[1], Precision.DECADE);
      }
    }
  }

  /**
   * A numbered week of a month or a year: days 1–7, 8–14, 15–21, 22–28, or the last seven days;
   * null for other periods (a week of a week or a decade is not a date).
   */
  private static Interval weekOf(String kind, Interval iv, Scale scale) {
    if (scale != Scale.MONTH && scale != Scale.YEAR) {
      return null;
    }
    if (kind.equals(WEEK_PART + "LAST")) {
      return new Interval(iv.end().minusDays(6), iv.end(), Precision.WEEK);
    }
    int n = kind.charAt(WEEK_PART.length()) - '1';
    LocalDate s = iv.start().plusDays(7L * n);
    return new Interval(s, s.plusDays(6), Precision.WEEK);
  }

  /** The first or last day of a month or a year; null for other periods. */
  private static Interval dayOf(String kind, Interval iv, Scale scale) {
    if (scale != Scale.MONTH && scale != Scale.YEAR) {
      return null;
    }
    return Interval.day(kind.equals(DAY_PART + "LAST") ? iv.end() : iv.start());
  }

  /** The whole months [from, to] counted from {@code start}'s month. */
  private static Interval months(LocalDate start, int[] offsets) {
    return new Interval(
        start.plusMonths(offsets[0]),
        start.plusMonths(offsets[1]).with(TemporalAdjusters.lastDayOfMonth()),
        Precision.MONTH);
  }

  /**
   * Offsets [from, to] of a part: thirds from {@code thirds}, halves from {@code halves}, quarters
   * of {@code quarterOf} sub-units.
   */
  private static int[] sub(String kind, int[] thirds, int[] halves, int quarterOf) {
    return switch (kind) {
      case "EARLY", "THIRD1" -> new int[] {thirds[0], thirds[1]};
      case "MID", "THIRD2" -> new int[] {thirds[2], thirds[3]};
      case "LATE", "THIRD3" -> new int[] {thirds[4], thirds[5]};
      case "HALF1" -> new int[] {halves[0], halves[1]};
      case "HALF2" -> new int[] {halves[2], halves[3]};
      default -> {
        int q = kind.charAt(1) - '1';
        int size = quarterOf / 4;
        yield new int[] {q * size, q * size + size - 1};
      }
    };
  }
}
