package org.chronology.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The year of a range's first end when only its second end names one (for CandidateMerger). */
final class RangeYears {

  private RangeYears() {}

  /**
   * The first end of a range written without a year ("من أواخر أكتوبر إلى مطلع نوفمبر 2019") takes
   * the year of the second end: the last such month on or before the second end's start (so "من
   * ديسمبر إلى فبراير 2020" starts in December 2019), not the one nearest the publication.
   */
  static Cand firstEnd(TimeLexicon lex, Cand a, Cand b, String s) {
    if (!a.relative()
        || a.kind().follows()
        || a.anchor() != null
        || !a.resolvedInterval()
        || a.end() == null
        || !lex.monthWithoutYear(s.substring(a.s(), a.e()))) {
      return a;
    }
    long years = b.start().getYear() - a.start().getYear();
    if (a.start().plusYears(years).isAfter(b.start())) {
      years--;
    }
    LocalDate start = a.start().plusYears(years);
    LocalDate end = a.end().plusYears(years);
    if (a.end().equals(a.end().with(TemporalAdjusters.lastDayOfMonth()))) {
      end = end.with(TemporalAdjusters.lastDayOfMonth()); // the end of February in a leap year
    }
    return Cand.absolute(a.s(), a.e(), new Interval(start, end, a.precision()), a.approximate());
  }
}
