package org.chronology.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import org.chronology.text.ArabicNormalizer;

/**
 * Gregorian dates written with a month name or in digits: full dates, day and month ranges, months,
 * years and year ranges, numeric dates. A month, or a day and month, without a year is the most
 * recent one on or before the publication date, or the next one on or after it when a future verb
 * governs it ({@link FutureContext}); "مايو الماضي" is the most recent May strictly before the
 * publication month, "مايو المقبل" the next one after it.
 */
final class AbsoluteResolver extends Resolver {

  /** Marks that may open a line of a list before its year. */
  private static final String BULLETS = "-\u2013\u2022*";

  /** The last word of every month name, to tell "7 نيسان 1992 حتى 2001" from a year range. */
  private final Set<String> monthWordsEnding;

  AbsoluteResolver(TimeLexicon lex) {
    super(lex);
    this.monthWordsEnding =
        lex.months.keySet().stream()
            .map(sp -> sp.substring(sp.lastIndexOf(' ') + 1))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  Cand fullDate(Matcher m, Rule.Ctx c) {
    int[] mm = months(m);
    if (mm == null || mm[0] != mm[1]) {
      return null;
    }
    int mon = mm[0];
    int ord = ordinalDay(m, c);
    if (ord < 0) {
      return null;
    }
    int d = ord > 0 ? ord : Integer.parseInt(m.group("d"));
    String d1Text = group(m, "d1");
    Integer d1 = d1Text == null ? null : Integer.valueOf(d1Text);
    if (d1 != null && d1 >= d) {
      return null;
    }
    int from = d1 == null ? d : d1;
    Integer wd = TimeLexicon.lookup(lex.weekdays, group(m, "wd"));
    IntFunction<Interval> at =
        y -> new Interval(LocalDate.of(y, mon, from), LocalDate.of(y, mon, d), Precision.DAY);
    if (m.group("y") != null) {
      Interval iv = at.apply(Integer.parseInt(m.group("y")));
      return absolute(m, iv, false)
          .withMismatch(wd != null && iv.start().getDayOfWeek().getValue() != wd);
    }
    YearRel yk = yearRelKind(m);
    if (yk == YearRel.INVALID) {
      return null;
    }
    if (yk != null) {
      return yearRelative(m, c, yk, at, false);
    }
    if (precededBy(c.s(), m.start("e"), lex.cues.get("NAME_BEFORE"))) {
      return null; // a street or a movement named after a day (NAME_BEFORE), not a date
    }
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    boolean ahead = rel == null && inFuture(m, c);
    Cand res =
        relative(
            m,
            c,
            pub -> {
              int y = pub.getYear();
              LocalDate cand = LocalDate.of(y, mon, from);
              if ("PAST".equals(rel) && !cand.isBefore(pub)) {
                y--;
              } else if ("NEXT".equals(rel) && !cand.isAfter(pub)) {
                y++;
              } else if (rel == null && ahead && cand.isBefore(pub)) {
                y++;
              } else if (rel == null && !ahead && cand.isAfter(pub)) {
                y--;
              }
              if (rel == null && wd != null) {
                y = weekdayYear(y, pub.getYear(), mon, from, wd);
              }
              return at.apply(y);
            },
            false);
    if (res != null && wd != null && res.start() != null) {
      res = res.withMismatch(res.start().getDayOfWeek().getValue() != wd);
    }
    return res;
  }

  /**
   * "يوم الاثنين الثامن من يونيو" without a year: the weekday written with the day decides between
   * the publication year and the years either side of it when the nearest-year reading names
   * another weekday (a date two days after the publication is not last year's); the weekday of a
   * day and month moves by one or two a year, so at most one of three neighbouring years fits.
   */
  static int weekdayYear(int y, int pubYear, int mon, int day, int wd) {
    if (fits(y, mon, day, wd)) {
      return y;
    }
    for (int cand = pubYear - 1; cand <= pubYear + 1; cand++) {
      if (fits(cand, mon, day, wd)) {
        return cand;
      }
    }
    return y;
  }

  private static boolean fits(int y, int mon, int day, int wd) {
    return day <= java.time.YearMonth.of(y, mon).lengthOfMonth()
        && LocalDate.of(y, mon, day).getDayOfWeek().getValue() == wd;
  }

  /** "من مارس إلى مايو 2021", "بين 5 مايو و10 يونيو 2020", "من نوفمبر 2019 ..." */
  Cand monthRange(Matcher m, Rule.Ctx c) {
    Integer m1 = monthOf(m, "1");
    Integer m2 = monthOf(m, "2");
    if (m1 == null || m2 == null || m1.equals(m2)) {
      return null;
    }
    String d1 = m.group("d1");
    String d2 = m.group("d2");
    if ((d1 == null) != (d2 == null)) {
      return null;
    }
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    if (m.group("y") == null && rel == null && m.group("from") == null) {
      return null;
    }
    boolean days = d1 != null;
    IntFunction<Interval> at =
        y -> {
          int y1 = m1 > m2 ? y - 1 : y;
          LocalDate s = days ? LocalDate.of(y1, m1, Integer.parseInt(d1)) : LocalDate.of(y1, m1, 1);
          LocalDate e =
              days
                  ? LocalDate.of(y, m2, Integer.parseInt(d2))
                  : LocalDate.of(y, m2, 1).with(TemporalAdjusters.lastDayOfMonth());
          return new Interval(s, e, days ? Precision.DAY : Precision.MONTH);
        };
    if (m.group("y") != null) {
      return absolute(m, at.apply(Integer.parseInt(m.group("y"))), false);
    }
    Interval probe = c.pub() == null ? null : at.apply(c.pub().getYear());
    return relative(
        m,
        c,
        pub -> {
          int y = pub.getYear();
          if ("PAST".equals(rel) && !probe.end().isBefore(pub)) {
            y--;
          } else if ("NEXT".equals(rel) && !probe.start().isAfter(pub)) {
            y++;
          }
          return at.apply(y);
        },
        false);
  }

  Cand month(Matcher m, Rule.Ctx c) {
    int[] mm = months(m);
    if (mm == null) {
      return null;
    }
    String kind = partKind(m);
    boolean since = m.group("since") != null;
    boolean approx = Parts.hedged(kind);
    if (kind != null && mm[0] != mm[1]) {
      return null;
    }
    IntFunction<Interval> at =
        y -> Parts.of(kind, Interval.months(y, mm[0], mm[1]), Parts.Scale.MONTH);
    if (m.group("y") != null) {
      return open(absolute(m, at.apply(Integer.parseInt(m.group("y"))), approx), since);
    }
    YearRel yk = yearRelKind(m);
    if (yk == YearRel.INVALID) {
      return null;
    }
    if (yk != null) {
      return open(yearRelative(m, c, yk, at, approx), since);
    }
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    if (rel == null) {
      String ma = ArabicNormalizer.key(m.group("ma"));
      boolean latin = ma.charAt(0) < 0x0600;
      // "شهر مارس", "آذار/مارس", "أواخر مارس", "في مارس": never the verb مارس or the noun آب,
      // which a preposition does not stand before.
      boolean strong = m.group("shahr") != null || m.group("mb") != null || kind != null;
      boolean prep = precededBy(c.s(), m.start("e"), lex.cues.get("MONTH_CUE"));
      boolean cue = strong || since || prep;
      if (latin || !cue || (lex.ambiguousMonths.contains(ma) && !strong && !prep)) {
        return null;
      }
    }
    boolean ahead = rel == null && !since && inFuture(m, c);
    return open(
        relative(
            m,
            c,
            pub -> {
              int y = pub.getYear();
              int pm = pub.getMonthValue();
              if ("PAST".equals(rel) && mm[0] >= pm) {
                y--;
              } else if ("NEXT".equals(rel) && mm[0] <= pm) {
                y++;
              } else if (rel == null && ahead && mm[0] < pm) {
                y++;
              } else if (rel == null && !ahead && mm[0] > pm) {
                y--;
              }
              Interval iv = at.apply(y);
              // "أواخر مارس" told on 15 March of a past happening is last year's.
              if (rel == null && kind != null && iv != null) {
                if (!ahead && iv.start().isAfter(pub)) {
                  iv = at.apply(y - 1);
                } else if (ahead && iv.end().isBefore(pub)) {
                  iv = at.apply(y + 1);
                }
              }
              return iv;
            },
            approx),
        since);
  }

  private boolean countNoun(String s, int end) {
    String next = Words.nextWord(s, end);
    return next != null && lex.cues.get("NOT_YEAR_AFTER").contains(next);
  }

  Cand year(Matcher m, Rule.Ctx c) {
    int y = Integer.parseInt(m.group("y"));
    String kind = partKind(m);
    boolean since = m.group("since") != null;
    String season = TimeLexicon.lookup(lex.seasons, stripArticle(m.group("season")));
    boolean strong = m.group("yw") != null || since || kind != null || season != null;
    boolean plausible = y >= 1900 && y <= 2100;
    if (countNoun(c.s(), m.end("e"))) {
      return null;
    }
    boolean cued =
        precededBy(c.s(), m.start("e"), lex.cues.get("YEAR_CUE"))
            || timelineEntry(c.s(), m.start("e"), m.end("e"));
    if (!strong && (!(plausible && cued) || y < 1000)) {
      return null;
    }
    Interval iv =
        season != null
            ? Parts.of(kind, Interval.season(season, y), Parts.Scale.SEASON)
            : Parts.of(kind, Interval.year(y), Parts.Scale.YEAR);
    if (m.group("season0") != null && season != null && kind == null) {
      iv = Interval.seasons(TimeLexicon.lookup(lex.seasons, stripArticle(m.group("season0"))), iv);
    }
    return open(absolute(m, iv, Parts.hedged(kind)), since);
  }

  /**
   * A year heading a line of a chronology, "- 2006: ..." (a bullet or nothing before it on its
   * line, a colon after it): the year of what the line tells.
   */
  private static boolean timelineEntry(String s, int start, int end) {
    int i = start;
    while (i > 0 && s.charAt(i - 1) != '\n') {
      char ch = s.charAt(--i);
      if (!Character.isWhitespace(ch) && BULLETS.indexOf(ch) < 0) {
        return false;
      }
    }
    int j = end;
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    return j < s.length() && s.charAt(j) == ':';
  }

  Cand yearRange(Matcher m, Rule.Ctx c) {
    String before = Words.previousWord(c.s(), m.start("e"));
    if (m.group("from") == null && before != null && monthWordsEnding.contains(before)) {
      return null; // a year right after a month name belongs to that date, not to a range
    }
    int y1 = Integer.parseInt(m.group("y1"));
    int y2 = Integer.parseInt(m.group("y2"));
    if (y2 <= y1 || y2 - y1 > 100) {
      return null;
    }
    if (countNoun(c.s(), m.end("e"))) {
      return null;
    }
    boolean plausible = y1 >= 1900 && y2 <= 2100;
    if (!plausible && m.group("from") == null) {
      return null;
    }
    return absolute(m, Interval.years(y1, y2, Precision.YEAR), false);
  }

  Cand numericDate(Matcher m, Rule.Ctx c) {
    String a = m.group("a");
    String b = m.group("b") != null ? m.group("b") : m.group("bs");
    String cc = m.group("c");
    int y;
    int mon;
    int d;
    Integer wd = TimeLexicon.lookup(lex.weekdays, m.group("wd"));
    if (m.group("era") != null) {
      return hijriNumeric(m, a, b, cc, wd);
    }
    if (a.length() == 4 && cc.length() <= 2) {
      y = Integer.parseInt(a);
      mon = Integer.parseInt(b);
      d = Integer.parseInt(cc);
    } else if (cc.length() == 4 && a.length() <= 2) {
      y = Integer.parseInt(cc);
      int[] dm = dayMonthOrder(Integer.parseInt(a), Integer.parseInt(b), y, wd);
      if (dm == null) {
        return null;
      }
      d = dm[0];
      mon = dm[1];
    } else {
      return null;
    }
    if (y < 1900 || y > 2100) {
      return null;
    }
    LocalDate date = LocalDate.of(y, mon, d);
    return absolute(m, Interval.day(date), false)
        .withMismatch(wd != null && date.getDayOfWeek().getValue() != wd);
  }

  /**
   * "4 / 7 / 1437هـ": day, month and year of the Hijri (Umm al-Qura) calendar, the day first as in
   * the Gregorian form; null when the numbers name no such day.
   */
  private Cand hijriNumeric(Matcher m, String a, String b, String cc, Integer wd) {
    if (cc.length() != 4 || a.length() > 2) {
      return null;
    }
    int y = Integer.parseInt(cc);
    int mon = Integer.parseInt(b);
    int d = Integer.parseInt(a);
    if (y < HIJRI_FIRST || y > HIJRI_LAST || mon < 1 || mon > 12 || d < 1) {
      return null;
    }
    HijrahDate first = HijrahDate.of(y, mon, 1);
    if (d > first.lengthOfMonth()) {
      return null;
    }
    LocalDate date = LocalDate.from(HijrahDate.of(y, mon, d));
    return absolute(m, Interval.day(date), false)
        .withKind(Cand.Kind.HIJRI)
        .withMismatch(wd != null && date.getDayOfWeek().getValue() != wd);
  }

  /** The Hijri years the Umm al-Qura calendar of java.time covers. */
  private static final int HIJRI_FIRST = 1300;

  private static final int HIJRI_LAST = 1600;

  /**
   * Day and month of "a/b/year": Arabic sites write the day first; a first number above 12 forces
   * it, a second number above 12 forces month-first, and a weekday written with it decides an
   * ambiguous pair. Returns {day, month} or null.
   */
  static int[] dayMonthOrder(int a, int b, int y, Integer weekday) {
    boolean dayFirst = valid(y, b, a);
    boolean monthFirst = valid(y, a, b);
    if (dayFirst && monthFirst && weekday != null && a != b) {
      boolean df = LocalDate.of(y, b, a).getDayOfWeek().getValue() == weekday;
      boolean mf = LocalDate.of(y, a, b).getDayOfWeek().getValue() == weekday;
      if (mf && !df) {
        return new int[] {b, a};
      }
    }
    if (dayFirst) {
      return new int[] {a, b};
    }
    if (monthFirst) {
      return new int[] {b, a};
    }
    return null;
  }

  private static boolean valid(int y, int m, int d) {
    if (m < 1 || m > 12 || d < 1) {
      return false;
    }
    return d <= YearMonth.of(y, m).lengthOfMonth();
  }
}
