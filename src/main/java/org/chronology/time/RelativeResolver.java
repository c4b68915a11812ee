// Over 400 lines: every count before or after a reference (ago, later, within, since, tied to a
// happening by من) shares one reading of the count, its unit and its hedges.
package org.chronology.time;

import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import org.chronology.text.ArabicNormalizer;

/**
 * Phrases resolved against the publication date: day words (أمس، اليوم الخميس), "قبل N unit" (or an
 * {@link EventAnchor} when followed by "من <event>"), "الشهر الماضي", "العام المقبل", "الأيام
 * الماضية", a day of a relative month, a relative season.
 */
final class RelativeResolver extends Resolver {

  RelativeResolver(TimeLexicon lex) {
    super(lex);
  }

  /**
   * "الـ20 من الشهر الجاري", "العاشر من الشهر الماضي": a day of a month named relatively; "في 15 من
   * الشهر نفسه", "في 15 من نفس الشهر": a day of the month of the closest earlier date.
   */
  Cand dayOfRelativeMonth(Matcher m, Rule.Ctx c) {
    int ord = ordinalDay(m, c);
    if (ord < 0) {
      return null;
    }
    int d = ord > 0 ? ord : Integer.parseInt(m.group("d"));
    String rel = monthRelative(m, c);
    boolean same = "SAME".equals(rel) || m.group("samepre") != null;
    boolean thisMonth = m.group("thism") != null;
    if (rel == null && !thisMonth && !same) {
      return null;
    }
    if (d < 1 || d > 31 || (m.group("samepre") != null && rel != null)) {
      return null;
    }
    int d1 = m.group("d1") == null ? d : Integer.parseInt(m.group("d1"));
    if (d1 > d) {
      return null;
    }
    Function<LocalDate, Interval> days =
        month ->
            d > month.lengthOfMonth()
                ? null
                : new Interval(month.withDayOfMonth(d1), month.withDayOfMonth(d), Precision.DAY);
    if (same) {
      return Cand.follower(Cand.Kind.DAY_OF_SAME_MONTH, m.start("e"), m.end("e"), false, days);
    }
    int shift = "PAST".equals(rel) ? -1 : "NEXT".equals(rel) ? 1 : 0;
    return relative(m, c, pub -> days.apply(pub.withDayOfMonth(1).plusMonths(shift)), false);
  }

  /**
   * A lone singular unit in construct with a definite noun names the unit of that occasion, not one
   * unit counted ("منذ يوم الهجوم" = since the day of the attack, "بعد يوم الاقتراع" = after
   * polling day): no count is read from it.
   */
  private boolean namesOccasion(Rule.Ctx c, Matcher m) {
    String next = Words.nextWord(c.s(), m.end("e"));
    String article = lex.word("ARTICLE");
    return next != null && next.startsWith(article) && next.length() > article.length() + 1;
  }

  Cand relativeCount(Matcher m, Rule.Ctx c) {
    TimeLexicon.UnitWord uw = TimeLexicon.lookup(lex.units, m.group("unit"));
    if (uw == null) {
      return null;
    }
    boolean vague = false;
    int n;
    if (m.group("num") != null) {
      n = Integer.parseInt(m.group("num"));
    } else if (m.group("numw") != null) {
      n = TimeLexicon.lookup(lex.numbers, m.group("numw"));
    } else if (uw.count() > 0) {
      n = uw.count();
      if (uw.count() == 1 && m.group("numw2") == null && namesOccasion(c, m)) {
        return null;
      }
    } else {
      vague = true;
      n = uw.count() < 0 ? 0 : 2; // a plural read only after a number (units.txt: -1) dates nothing
    }
    if (m.group("vg") != null || m.group("few") != null) {
      vague = true;
    }
    boolean hedged = m.group("hedge") != null;
    if (n <= 0 || n > 5000) {
      return null;
    }
    boolean within = m.group("within") != null;
    if (within && bareDuring(m) && !inFuture(m, c)) {
      return null; // the bare DURING word is "within" only before a count of a plan
    }
    boolean after = within || m.group("after") != null;
    boolean since = m.group("since") != null;
    // An event anchor: "قبل يوم واحد من انطلاق العملية"; a word of measure may stand before the
    // preposition ("بعد شهر تقريبا من الزيارة"، "بعد عامين فقط من زيارته").
    int from = m.end("e");
    String next = Words.nextWord(c.s(), from);
    if (!since && next != null && lex.cues.get("ANCHOR_MEASURE").contains(next)) {
      hedged |= lex.cues.get("HEDGE").contains(next);
      from = c.s().indexOf(next, from) + next.length();
      next = Words.nextWord(c.s(), from);
    }
    if (!since && next != null && lex.cues.get("ANCHOR").contains(next)) {
      int afterPrep = c.s().indexOf(next, from) + next.length();
      String obj = Words.nextWord(c.s(), afterPrep);
      if (obj != null && !lex.cues.get("NOT_ANCHOR").contains(obj)) {
        var dir = after ? EventAnchor.Direction.AFTER : EventAnchor.Direction.BEFORE;
        EventAnchor anchor = new EventAnchor(vague ? 3 : n, uw.unit(), dir, vague || hedged, vague);
        return Cand.anchored(m.start("e"), m.end("e"), anchor);
      }
    }
    final int amount = n;
    final boolean isVague = vague;
    ChronoUnit unit = uw.unit();
    if (within && !vague) {
      return relative(m, c, pub -> Interval.stretch(pub, unit, amount, true), true);
    }
    // A count of weeks or longer is a round figure ("قبل أسبوعين", "قبل أربعة أشهر"); of days,
    // exact.
    boolean approx = vague || hedged || unit.compareTo(ChronoUnit.WEEKS) >= 0;
    Cand own =
        relative(
            m,
            c,
            pub -> {
              int sign = after ? 1 : -1;
              if (isVague) {
                // "قبل أيام": between 7 and 2 units back (or forward), one precision coarser.
                LocalDate near = Interval.shift(pub, unit, sign * 2);
                LocalDate far = Interval.shift(pub, unit, sign * 7);
                if (Interval.subDay(unit)) {
                  return Interval.day(pub);
                }
                return after
                    ? new Interval(near, far, Interval.coarser(unit))
                    : new Interval(far, near, Interval.coarser(unit));
              }
              return Interval.unitAround(Interval.shift(pub, unit, sign * amount), unit);
            },
            approx);
    if (own == null || !after || inFuture(m, c)) {
      return own;
    }
    if (vague) {
      if (within || !Interval.subDay(unit)) {
        return own;
      }
      // "أعلنت … فجر أمس …، وبعد ساعات أعلنت …": a few hours after the date told just before is
      // that same day; with none close before, the publication day.
      return own.countedFromEarlier(Cand.Kind.AFTER_EARLIER_DAY, Interval::day);
    }
    // "زار دمشق في 9 نوفمبر 2021. وبعد أربعة أشهر استقبلت ...": from the date told just before.
    Cand.Kind k =
        unit.compareTo(ChronoUnit.WEEKS) <= 0
            ? Cand.Kind.AFTER_EARLIER_DAY
            : Cand.Kind.AFTER_EARLIER_MONTH;
    return own.countedFromEarlier(
        k, ref -> Interval.unitAround(Interval.shift(ref, unit, amount), unit));
  }

  Cand deictic(Matcher m, Rule.Ctx c) {
    String dx = ArabicNormalizer.key(m.group("dx"));
    int offset = lex.deictic.get(dx);
    Integer wd = TimeLexicon.lookup(lex.weekdays, m.group("wd"));
    if (dx.equals(lex.word("TODAY")) && wd == null) {
      // "اليوم الأول", "اليوم الوطني", "اليوم نفسه": a day of something, not today.
      String next = Words.nextWord(c.s(), m.end("e"));
      if (next != null
          && (lex.cues.get("NOT_TODAY_AFTER").contains(next)
              || lex.dayOrdinals.containsKey(next))) {
        return null;
      }
    }
    Cand res =
        relative(
            m,
            c,
            pub -> {
              if (offset == 0 && wd != null) {
                return Interval.day(pub.with(ChronoField.DAY_OF_WEEK, wd));
              }
              if (offset < 0 && wd != null) {
                return WeekdayResolver.namedBefore(pub, offset, wd);
              }
              return Interval.day(pub.plusDays(offset));
            },
            false);
    if (res != null && wd != null && c.pub() != null) {
      res = res.withMismatch(c.pub().plusDays(offset).getDayOfWeek().getValue() != wd);
    }
    return res;
  }

  /**
   * "العام الماضي", "هذا الشهر", "الأسبوع المقبل", "صيف العام الماضي", "العام نفسه", "الشهر نفسه";
   * a part of a bare period ("مطلع العام", "نهاية الشهر") is of the current one.
   */
  Cand relativePeriod(Matcher m, Rule.Ctx c) {
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    boolean same = m.group("same") != null || "SAME".equals(rel);
    String kind = partKind(m);
    boolean yearUnit = m.group("uyear") != null;
    boolean monthUnit = m.group("umonth") != null;
    if (rel != null && shift(rel) != 0 && same) {
      return null;
    }
    boolean current =
        m.group("this") != null
            || "CURRENT".equals(rel)
            || (rel == null && !same && kind != null && m.group("foll") == null);
    if (m.group("same") != null && rel != null) {
      return null;
    }
    if (m.group("this") != null && rel != null && !"CURRENT".equals(rel)) {
      return null;
    }
    if (!same && !current && rel == null && m.group("foll") == null) {
      return null;
    }
    boolean approx = Parts.hedged(kind);
    String season = TimeLexicon.lookup(lex.seasons, m.group("season"));
    if (season != null && !yearUnit) {
      return null;
    }
    if (kind != null && !divisible(kind, yearUnit, monthUnit, season)) {
      return null; // a part the period cannot take (a quarter of a week) is no date phrase
    }
    IntFunction<Interval> inYear =
        y ->
            season != null
                ? Parts.of(kind, Interval.season(season, y), Parts.Scale.SEASON)
                : Parts.of(kind, Interval.year(y), Parts.Scale.YEAR);
    Function<LocalDate, Interval> inMonth =
        d -> Parts.of(kind, Interval.month(d.getYear(), d.getMonthValue()), Parts.Scale.MONTH);
    Function<LocalDate, Interval> inWeek = d -> Parts.of(kind, Interval.week(d), Parts.Scale.WEEK);
    if (m.group("foll") != null) {
      // "في العام التالي", "الشهر التالي": the period after the one last mentioned.
      if (same || m.group("this") != null || season != null) {
        return null;
      }
      int s = m.start("e");
      int e = m.end("e");
      if (yearUnit) {
        return Cand.follower(Cand.Kind.SAME_YEAR, s, e, approx, d -> inYear.apply(d.getYear() + 1));
      }
      return monthUnit
          ? Cand.follower(Cand.Kind.SAME_MONTH, s, e, approx, d -> inMonth.apply(d.plusMonths(1)))
          : Cand.follower(Cand.Kind.SAME_WEEK, s, e, approx, d -> inWeek.apply(d.plusWeeks(1)));
    }
    if (same) {
      int s = m.start("e");
      int e = m.end("e");
      if (yearUnit) {
        return Cand.follower(Cand.Kind.SAME_YEAR, s, e, approx, d -> inYear.apply(d.getYear()));
      }
      return monthUnit
          ? Cand.follower(Cand.Kind.SAME_MONTH, s, e, approx, inMonth)
          : Cand.follower(Cand.Kind.SAME_WEEK, s, e, approx, inWeek);
    }
    int sign = shift(rel);
    // "نهاية الأسبوع", "مطلع الأسبوع" alone: the most recent such part on or before the
    // publication date, or the next one in a future context (like a bare weekday).
    boolean earlier = Parts.EARLIER.equals(kind);
    boolean weekPart = rel == null && kind != null && !earlier && !yearUnit && !monthUnit;
    boolean ahead = weekPart && inFuture(m, c);
    if (earlier && sign == 0) {
      // "في وقت سابق من الأسبوع": the current period from its start up to the reference date.
      return relative(
          m,
          c,
          pub -> {
            Interval iv = monthUnit ? inMonth.apply(pub) : inWeek.apply(pub);
            iv = yearUnit ? inYear.apply(pub.getYear()) : iv;
            return iv.end().isAfter(pub) ? new Interval(iv.start(), pub, iv.precision()) : iv;
          },
          approx);
    }
    return relative(
        m,
        c,
        pub -> {
          if (monthUnit) {
            return inMonth.apply(pub.plusMonths(sign));
          }
          if (weekPart) {
            Interval iv = inWeek.apply(pub);
            if (!ahead && iv.start().isAfter(pub)) {
              return inWeek.apply(pub.minusWeeks(1));
            }
            return ahead && iv.end().isBefore(pub) ? inWeek.apply(pub.plusWeeks(1)) : iv;
          }
          if (!yearUnit) {
            return inWeek.apply(pub.plusWeeks(sign));
          }
          return inYear.apply(pub.getYear() + sign);
        },
        approx);
  }

  /** Whether the part (EARLY, Q2, HALF1 …) divides that kind of period at all. */
  private static boolean divisible(
      String kind, boolean yearUnit, boolean monthUnit, String season) {
    Interval sample =
        yearUnit
            ? (season != null ? Interval.season(season, 2000) : Interval.year(2000))
            : monthUnit ? Interval.month(2000, 1) : Interval.week(LocalDate.of(2000, 1, 3));
    Parts.Scale scale =
        yearUnit
            ? (season != null ? Parts.Scale.SEASON : Parts.Scale.YEAR)
            : monthUnit ? Parts.Scale.MONTH : Parts.Scale.WEEK;
    return Parts.of(kind, sample, scale) != null;
  }

  /** "في اليوم التالي", "اليوم نفسه", "نفس اليوم": a day given by the date mentioned before. */
  Cand followingDay(Matcher m, Rule.Ctx c) {
    int shift = m.group("next") != null ? 1 : m.group("prev") != null ? -1 : 0;
    if (shift != 0 && ofEvent(Words.nextWord(c.s(), m.end("e")))) {
      // "في اليوم التالي للضربة": the day after a happening, not after the date told last
      return Cand.anchored(
          m.start("e"),
          m.end("e"),
          new EventAnchor(
              1,
              ChronoUnit.DAYS,
              shift > 0 ? EventAnchor.Direction.AFTER : EventAnchor.Direction.BEFORE,
              false));
    }
    return Cand.follower(
        Cand.Kind.SAME_DAY, m.start("e"), m.end("e"), false, d -> Interval.day(d.plusDays(shift)));
  }

  /** "للضربة", "لتوقيع": ل before a noun of a happening, not before "ذلك" or a number. */
  private boolean ofEvent(String next) {
    String lam = lex.word("LAM");
    if (next == null || !next.startsWith(lam) || next.length() < lam.length() + 3) {
      return false;
    }
    String noun = next.substring(lam.length());
    return Character.isLetter(noun.charAt(0))
        && !lex.cues.get("NOT_EVENT_AFTER_LAM").contains(noun);
  }

  /**
   * "عام 98", "صيف '98": a two-digit year, written after a year word or an apostrophe, is the
   * latest year up to the publication year that ends in those digits.
   */
  Cand shortYear(Matcher m, Rule.Ctx c) {
    int yy = Integer.parseInt(m.group("yy"));
    String next = Words.nextWord(c.s(), m.end("e"));
    if (next != null && lex.cues.get("NOT_YEAR_AFTER").contains(next)) {
      return null;
    }
    return relative(
        m,
        c,
        pub -> {
          int y = pub.getYear() / 100 * 100 + yy;
          return Interval.year(y > pub.getYear() ? y - 100 : y);
        },
        false);
  }

  /**
   * "عشية الانتخابات": the eve of an event, an {@link EventAnchor} one day before it (approximate);
   * "غداة" the morning after, one day after; "عشية 12 مايو", "غداة 14 تموز" are resolved with the
   * date that follows ({@link CandidateMerger}), which drops a "غداة" left without one.
   */
  Cand eve(Matcher m, Rule.Ctx c) {
    String next = Words.nextWord(c.s(), m.end("e"));
    if (next == null || !Character.isLetterOrDigit(next.charAt(0))) {
      return null;
    }
    var way =
        m.group("morrow") != null ? EventAnchor.Direction.AFTER : EventAnchor.Direction.BEFORE;
    return Cand.anchored(m.start("e"), m.end("e"), new EventAnchor(1, ChronoUnit.DAYS, way, true));
  }

  Cand seasonRelative(Matcher m, Rule.Ctx c) {
    String season = TimeLexicon.lookup(lex.seasons, m.group("season"));
    String rel = TimeLexicon.lookup(lex.relative, m.group("rel"));
    if (rel == null && m.group("this") == null) {
      return plannedSeason(m, c, season);
    }
    return relative(
        m,
        c,
        pub -> {
          Interval cur = Interval.season(season, pub.getYear());
          int y = pub.getYear();
          if ("PAST".equals(rel)) {
            y = cur.end().isBefore(pub) ? y : y - 1;
          } else if ("NEXT".equals(rel)) {
            y = cur.start().isAfter(pub) ? y : y + 1;
          }
          return Interval.season(season, y);
        },
        false);
  }

  /**
   * "يُنتظر أن تنعقد اللجنة في باكو خلال الخريف"، "يستعد الوفد لزيارة العاصمة في الربيع": a bare
   * season after a preposition that a plan governs is the next such season not over at the
   * publication, as a bare month is (guide, Dates). Told of the past it stays no date: "في الصيف"
   * is as often a habit as a happening.
   */
  private Cand plannedSeason(Matcher m, Rule.Ctx c, String season) {
    if (!precededBy(c.s(), m.start("e"), lex.cues.get("MONTH_CUE")) || !inFuture(m, c)) {
      return null;
    }
    return relative(
        m,
        c,
        pub -> {
          Interval cur = Interval.season(season, pub.getYear());
          return cur.end().isBefore(pub) ? Interval.season(season, pub.getYear() + 1) : cur;
        },
        false);
  }
}
