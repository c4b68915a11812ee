package org.chronology.time;

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

  private final TimeLexicon lex;
  private final TimePatterns patterns;
  private final String and;
  private final String since;
  private final Set<String> rangeFrom;
  private final Set<String> between;

  CandidateMerger(TimeLexicon lex, TimePatterns patterns) {
    this.lex = lex;
    this.patterns = patterns;
    this.and = lex.word("AND");
    this.since = lex.word("SINCE");
    this.rangeFrom = Set.of(lex.word("OF"));
    this.between = Set.of(lex.word("BETWEEN"));
  }

  List<Cand> merge(List<Cand> all, String s) {
    List<Cand> chosen = settleOverlaps(all);
    chosen = mergeHijriWithGregorian(chosen, s);
    chosen = mergeRanges(chosen, s);
    chosen = openSince(chosen, s);
    return hedges(chosen, s);
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
    return c.kind() != Cand.Kind.SAME_YEAR && !c.relative() && c.resolvedInterval();
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
   * Resolves "العام نفسه" from the closest earlier phrase of year precision or finer (unresolved
   * when there is none).
   */
  static List<Cand> resolveSameYear(List<Cand> chosen) {
    List<Cand> out = new ArrayList<>(chosen.size());
    Integer lastYear = null;
    for (Cand c : chosen) {
      if (c.kind() == Cand.Kind.SAME_YEAR) {
        Cand r = lastYear == null ? null : c.sameYear().apply(lastYear);
        c = r == null ? Cand.unresolved(c.s(), c.e(), c.approximate()) : r.withSpan(c.s(), c.e());
      }
      if (c.start() != null || c.end() != null) {
        java.time.LocalDate ref = c.end() != null ? c.end() : c.start();
        if (c.precision().atLeastAsFineAs(Precision.YEAR)) {
          lastYear = ref.getYear();
        }
      }
      out.add(c);
    }
    return out;
  }
}
