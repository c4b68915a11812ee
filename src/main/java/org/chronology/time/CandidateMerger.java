// Over 400 lines: the passes run in order over one candidate list and share its look-backs.
package org.chronology.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.chronology.text.ArabicNormalizer;

/**
 * The passes after matching, in order: overlaps settled in favour of the longest match; a Hijri
 * date followed by "الموافق" and a Gregorian date becomes the Gregorian one; "من A إلى B" / "بين A
 * و B" becomes one range; "منذ" opens an interval; a hedge (حوالي، نحو) joins the phrase and makes
 * it approximate; "العام نفسه" takes the year of the closest earlier phrase of year precision or
 * finer.
 */
final class CandidateMerger {

  /** How many characters before a month or year "اليوم الأول من" may take. */
  private static final int DAY_OF_PERIOD_REACH = 40;

  private final TimeLexicon lex;
  private final TimePatterns patterns;
  private final String and;
  private final String since;
  private final Set<String> rangeFrom;
  private final Set<String> between;
  private final Anniversaries anniversaries;
  private final Deadlines deadlines;

  CandidateMerger(TimeLexicon lex, TimePatterns patterns) {
    this.lex = lex;
    this.patterns = patterns;
    this.and = lex.word("AND");
    this.since = lex.word("SINCE");
    this.rangeFrom = Set.of(lex.word("OF"));
    this.between = Set.of(lex.word("BETWEEN"));
    this.anniversaries = new Anniversaries(lex);
    this.deadlines = new Deadlines(lex);
  }

  List<Cand> merge(List<Cand> all, String s) {
    List<Cand> chosen = settleOverlaps(all);
    chosen = mergeHijriWithGregorian(chosen, s);
    chosen = mergeRanges(chosen, s);
    chosen = openSince(chosen, s);
    chosen = hedges(chosen, s);
    chosen = dayOfPeriod(chosen, s);
    chosen = anniversaries.join(chosen, s);
    return resolveAnchors(chosen, s);
  }

  static List<Cand> settleOverlaps(List<Cand> all) {
    all.sort(
        Comparator.comparingInt((Cand c) -> c.e() - c.s()).reversed().thenComparingInt(Cand::s));
    BitSet taken = new BitSet();
    List<Cand> chosen = new ArrayList<>();
    for (Cand c : all) {
      int next = taken.nextSetBit(c.s());
      if (next == -1 || next >= c.e()) {
        taken.set(c.s(), c.e());
        chosen.add(c);
      }
    }
    chosen.sort(Comparator.comparingInt(Cand::s));
    return chosen;
  }

  /** "20 جمادى الأولى 1446 هـ الموافق 22 نوفمبر 2024" is one date: the Gregorian one. */
  private List<Cand> mergeHijriWithGregorian(List<Cand> chosen, String s) {
    List<Cand> out = new ArrayList<>(chosen.size());
    for (int i = 0; i < chosen.size(); i++) {
      Cand c = chosen.get(i);
      if (c.kind() == Cand.Kind.HIJRI && i + 1 < chosen.size()) {
        Cand g = chosen.get(i + 1);
        Matcher m = patterns.hijriBridge.matcher(s).region(c.e(), g.s());
        if (g.kind() == Cand.Kind.PLAIN && !g.relative() && m.matches()) {
          Cand merged = g.withSpan(c.s(), g.e());
          // A weekday written before the Hijri date is checked against the Gregorian date.
          Matcher wd = patterns.leadingWeekday.matcher(s).region(c.s(), c.e());
          if (wd.lookingAt() && g.precision() == Precision.DAY) {
            int day = lex.weekdays.get(ArabicNormalizer.key(wd.group("wd")));
            merged = merged.withMismatch(g.start().getDayOfWeek().getValue() != day);
          }
          out.add(merged);
          i++;
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  /**
   * "من ديسمبر 2019 إلى فبراير 2020", "بين 2015 ومنتصف 2019": two absolute dates joined as a range
   * become one phrase from the first start to the second end, at the coarser precision.
   */
  private List<Cand> mergeRanges(List<Cand> chosen, String s) {
    List<Cand> out = new ArrayList<>(chosen.size());
    for (int i = 0; i < chosen.size(); i++) {
      Cand a = chosen.get(i);
      if (i + 1 < chosen.size()) {
        Cand b = chosen.get(i + 1);
        String before = Words.previousWord(s, a.s());
        int wordStart = before == null ? a.s() : s.lastIndexOf(before, a.s());
        String bare = Words.without(before, and);
        if (before != null && bare.length() != before.length()) {
          wordStart += before.length() - bare.length();
          before = bare;
        }
        boolean from = before != null && rangeFrom.contains(before);
        boolean betweenWord = before != null && between.contains(before);
        boolean joined =
            (from && patterns.rangeGap.matcher(s).region(a.e(), b.s()).matches())
                || (betweenWord && patterns.betweenGap.matcher(s).region(a.e(), b.s()).matches());
        a = joined && plainAbsolute(b) ? RangeYears.firstEnd(lex, a, b, s) : a; // a year from b
        if (joined
            && plainAbsolute(a)
            && plainAbsolute(b)
            && a.end() != null
            && !b.end().isBefore(a.start())) {
          Precision p =
              a.precision().ordinal() >= b.precision().ordinal() ? a.precision() : b.precision();
          out.add(
              Cand.absolute(
                      wordStart,
                      b.e(),
                      new Interval(a.start(), b.end(), p),
                      a.approximate() || b.approximate())
                  .withMismatch(a.mismatch() || b.mismatch()));
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static boolean plainAbsolute(Cand c) {
    return !c.kind().follows() && !c.relative() && c.resolvedInterval();
  }

  /**
   * "منذ 25 كانون الأول 1991", "منذ العام الماضي", "منذ الثلاثاء": since opens the interval at the
   * phrase's start (end null) and joins the phrase. Rules that read منذ themselves already did so.
   */
  private List<Cand> openSince(List<Cand> chosen, String s) {
    List<Cand> out = new ArrayList<>(chosen.size());
    int previousEnd = 0;
    for (Cand c : chosen) {
      String w = Words.previousWord(s, c.s());
      boolean sinceWord = w != null && (w.equals(since) || w.equals(and + since));
      if (sinceWord && c.resolvedInterval() && c.anchor() == null) {
        int ws = s.lastIndexOf(w, c.s()) + (w.length() - since.length());
        if (ws >= previousEnd) {
          c = c.withSpan(ws, c.e()).open();
        }
      }
      out.add(c);
      previousEnd = c.e();
    }
    return out;
  }

  /** "حوالي العام 2000", "نحو عام 1990": the hedge joins the phrase and makes it approximate. */
  private List<Cand> hedges(List<Cand> chosen, String s) {
    Set<String> hedge = lex.cues.get("HEDGE");
    List<Cand> out = new ArrayList<>(chosen.size());
    int previousEnd = 0;
    for (Cand c : chosen) {
      String w = Words.previousWord(s, c.s());
      if (w != null && hedge.contains(w)) {
        int ws = s.lastIndexOf(w, c.s());
        if (ws >= previousEnd) {
          c = c.withSpan(ws, c.e()).withApproximate(true);
        }
      }
      out.add(c);
      previousEnd = c.e();
    }
    return out;
  }

  /**
   * "في اليوم الأول من العام الماضي", "اليوم الأخير من مارس 2020": the first or last day of the
   * month or year that follows, one phrase of day precision.
   */
  private List<Cand> dayOfPeriod(List<Cand> chosen, String s) {
    List<Cand> out = new ArrayList<>(chosen.size());
    int previousEnd = 0;
    for (Cand c : chosen) {
      if (c.resolvedInterval()
          && c.end() != null
          && c.anchor() == null
          && (c.precision() == Precision.MONTH || c.precision() == Precision.YEAR)) {
        int from = Math.max(previousEnd, c.s() - DAY_OF_PERIOD_REACH);
        Matcher m = patterns.dayOfPeriod.matcher(s).region(from, c.s());
        if (m.find()) {
          LocalDate day = m.group("first") != null ? c.start() : c.end();
          int start = m.start() + (Character.isWhitespace(s.charAt(m.start())) ? 1 : 0);
          c = c.withSpan(start, c.e()).withInterval(day, day, Precision.DAY).withApproximate(false);
        }
      }
      out.add(c);
      previousEnd = c.e();
    }
    return out;
  }

  /**
   * An event anchor whose event is dated in the same phrase is resolved at once: "بعد يومين من قمة
   * 12 مايو" is two days after 12 May (the summit's date stays a phrase of its own); "عشية 12 مايو"
   * is one phrase, the day before.
   */
  private List<Cand> resolveAnchors(List<Cand> chosen, String s) {
    List<Cand> out = new ArrayList<>(chosen.size());
    for (int i = 0; i < chosen.size(); i++) {
      Cand a = chosen.get(i);
      if (a.anchor() != null && i + 1 < chosen.size()) {
        Cand d = chosen.get(i + 1);
        boolean adjacent = s.substring(a.e(), d.s()).isBlank();
        boolean dated =
            d.anchor() == null
                && !d.kind().follows()
                && d.resolvedInterval()
                && d.precision() == Precision.DAY
                && (adjacent || patterns.anchorGap.matcher(s).region(a.e(), d.s()).matches());
        if (dated) {
          EventAnchor anchor = a.anchor();
          java.time.LocalDate ref =
              anchor.direction() == EventAnchor.Direction.BEFORE ? d.start() : d.end();
          Interval iv = Interval.unitAround(anchor.applyTo(ref), anchor.unit());
          Cand r =
              new Cand(
                  a.s(),
                  adjacent ? d.e() : a.e(),
                  iv.start(),
                  iv.end(),
                  iv.precision(),
                  anchor.approximate() || d.approximate(),
                  d.relative(),
                  d.against(),
                  adjacent && d.mismatch(),
                  null,
                  Cand.Kind.PLAIN,
                  null);
          out.add(r);
          if (adjacent) {
            i++;
          }
          continue;
        }
      }
      if (a.anchor() != null && patterns.morrow.matcher(s).region(a.s(), a.e()).matches()) {
        // "غداة الزلزال": the happening it follows is the extraction's cause clause, not a date
        continue;
      }
      out.add(a);
    }
    return out;
  }

  /**
   * Resolves the phrases that follow an earlier date ("العام نفسه", "الشهر نفسه", "في اليوم
   * التالي") from the closest earlier date fine enough for them ({@link #coarserDay} for a day
   * after a month). "العام نفسه" with none stays unresolved; the day, week and month forms with
   * none are not read as dates at all.
   */
  static List<Cand> resolveFollowers(String text, List<Cand> chosen) {
    return resolveFollowers(text, chosen, c -> false);
  }

  /**
   * {@link #resolveFollowers(String, List)}, where "العام نفسه" and "الشهر نفسه" do not count from
   * a bound at the present ("لم يكشف حتى اليوم هوية الجناة"): it tells how long a state has lasted,
   * no year a story is told in (the guide: "العام نفسه" = the year most recently mentioned).
   */
  List<Cand> resolveFollowersPastBounds(String text, List<Cand> chosen) {
    return resolveFollowers(text, chosen, c -> untilNow(text, c));
  }

  private boolean untilNow(String text, Cand c) {
    if (!c.relative()
        || c.start() == null
        || c.precision() != Precision.DAY
        || !c.start().equals(c.against())
        || c.end() != null && !c.end().equals(c.start())) {
      return false;
    }
    String before = Words.previousWord(text, c.s());
    return before != null && lex.cues.get("UNTIL_NOW").contains(before);
  }

  private static List<Cand> resolveFollowers(
      String text, List<Cand> chosen, java.util.function.Predicate<Cand> bound) {
    List<Cand> out = new ArrayList<>(chosen.size());
    for (Cand c : chosen) {
      if (c.kind().keepsOwnReading()) {
        Cand earlier = closestEarlier(out, c.kind().needs);
        boolean near = earlier != null && c.s() - earlier.e() <= NEAR;
        if (earlier != null && earlier.start() != null && earlier.end() == null) {
          // an open period ("since 30 March") is no date a count can start from, but it keeps the
          // story's dates close: the count starts from the closed date told before it
          earlier = closestEarlier(out, c.kind().needs, true);
        }
        Cand r = near && earlier != null ? c.follow().apply(reference(earlier)) : null;
        out.add(r != null ? r.withSpan(c.s(), c.e()) : c.withKind(Cand.Kind.PLAIN));
        continue;
      }
      if (c.kind().follows()) {
        Cand earlier = closestEarlier(out.stream().filter(bound.negate()).toList(), c.kind().needs);
        if (c.kind() == Cand.Kind.SAME_DAY && open(earlier)) {
          // "في زيارة يجريها منذ الأحد … ووقع في اليوم نفسه": the start of a stretch still
          // running is no day told of a happening; the day named before it is
          Cand closed = closestEarlier(out, c.kind().needs, true);
          earlier = closed != null ? closed : earlier;
        }
        Cand month = coarserDay(c, earlier, out, text);
        if (month != null) {
          out.add(month);
          continue;
        }
        Cand r = earlier == null ? null : c.follow().apply(reference(earlier));
        if (r != null) {
          c = r.withSpan(c.s(), c.e());
        } else if (c.kind() == Cand.Kind.SAME_YEAR || c.kind() == Cand.Kind.DAY_OF_SAME_MONTH) {
          c = Cand.unresolved(c.s(), c.e(), c.approximate());
        } else {
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }

  /**
   * How far back (characters) "وبعد أربعة أشهر" looks for the date it counts from. The earlier date
   * may itself be relative (a day and month without a year): a past happening told as "after two
   * days" cannot be two days after the publication.
   */
  private static final int NEAR = 200;

  /**
   * A month, or a day and month, without a year after a date with its year in the same sentence is
   * the one nearest that date, not the one nearest the publication ("وقعت الاتفاقية يوم 8 أبريل
   * 2016، خلال زيارة استمرت خمسة أيام بدءاً من 7 أبريل": 7 April 2016). A season or a year told
   * before it in the sentence sets its year too, as "العام نفسه" takes the year last mentioned
   * ("صيف 1990، حين اجتاحت القوات … في الثاني من آب": 2 August 1990). Last, a deadline at the end
   * of a period not yet over takes its span from the publication day ({@link Deadlines}).
   */
  List<Cand> yearFromSentence(List<Cand> chosen, String text) {
    List<Cand> out = new ArrayList<>(chosen);
    for (int i = 1; i < out.size(); i++) {
      Cand c = out.get(i);
      if (!c.relative()
          || c.start() == null
          || c.end() == null
          || c.anchor() != null
          || !dayOrMonth(c)
          || !lex.monthWithoutYear(text.substring(c.s(), Math.min(c.e(), text.length())))) {
        continue;
      }
      Cand ref = null;
      for (int j = i - 1; j >= 0 && !sentenceBreak(text, out.get(j).e(), c.s()); j--) {
        Cand b = out.get(j);
        if (!b.relative() && b.start() != null && (dayOrMonth(b) || seasonOrYear(b))) {
          ref = b;
          break;
        }
      }
      if (ref == null) {
        continue;
      }
      int best = 0;
      for (int y = ref.start().getYear() - 1; y <= ref.start().getYear() + 1; y++) {
        int k = y - c.start().getYear();
        if (distance(c.start().plusYears(k), ref) < distance(c.start().plusYears(best), ref)) {
          best = k;
        }
      }
      if (best != 0) {
        LocalDate end = c.end().plusYears(best);
        if (c.end().getDayOfMonth() == c.end().lengthOfMonth()) {
          end = end.withDayOfMonth(end.lengthOfMonth());
        }
        out.set(i, c.withInterval(c.start().plusYears(best), end, c.precision()));
      }
    }
    return deadlines.apply(out, text);
  }

  private static boolean dayOrMonth(Cand c) {
    return c.precision() == Precision.DAY || c.precision() == Precision.MONTH;
  }

  private static boolean seasonOrYear(Cand c) {
    return (c.precision() == Precision.SEASON || c.precision() == Precision.YEAR)
        && c.end() != null;
  }

  /** Days from {@code a} to a day or month's first day, or to a season or year's interval. */
  private static long distance(LocalDate a, Cand ref) {
    if (!seasonOrYear(ref)) {
      return distance(a, ref.start());
    }
    return a.isBefore(ref.start())
        ? distance(a, ref.start())
        : a.isAfter(ref.end()) ? distance(a, ref.end()) : 0;
  }

  private static long distance(LocalDate a, LocalDate b) {
    return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(a, b));
  }

  /**
   * "The next day" after a sentence dated only by a month ("بدأت القصة في مارس الماضي … وردت
   * الجزائر في اليوم التالي") is a day of that month, so it is that month; a month told beside a
   * day in its sentence, as background, does not count. Null when the day reading stands.
   */
  private static Cand coarserDay(Cand c, Cand earlier, List<Cand> before, String text) {
    Cand coarser = c.kind() == Cand.Kind.SAME_DAY ? closestEarlier(before, Precision.MONTH) : null;
    if (coarser == null
        || coarser == earlier
        || open(coarser)
        || coarser.start() == null
        || earlier != null && !sentenceBreak(text, earlier.e(), coarser.s())) {
      return null;
    }
    return coarser.withKind(Cand.Kind.PLAIN).withSpan(c.s(), c.e());
  }

  /** A sentence ends between offsets {@code from} and {@code to} of the text. */
  private static boolean sentenceBreak(String text, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      char ch = text.charAt(i);
      if (ch == '.' || ch == '\n' || ch == '!' || ch == '\u061F') {
        return true;
      }
    }
    return false;
  }

  private static boolean open(Cand c) {
    return c != null && c.start() != null && c.end() == null;
  }

  private static Cand closestEarlier(List<Cand> before, Precision needs) {
    return closestEarlier(before, needs, false);
  }

  /** The nearest date told before, fine enough; with {@code closed}, one with both ends. */
  private static Cand closestEarlier(List<Cand> before, Precision needs, boolean closed) {
    for (int i = before.size() - 1; i >= 0; i--) {
      Cand b = before.get(i);
      boolean dated =
          closed ? b.start() != null && b.end() != null : b.start() != null || b.end() != null;
      if (dated && b.precision().atLeastAsFineAs(needs)) {
        return b;
      }
    }
    return null;
  }

  private static java.time.LocalDate reference(Cand c) {
    return c.end() != null ? c.end() : c.start();
  }
}
