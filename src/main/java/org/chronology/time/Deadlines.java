package org.chronology.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A deadline at the end of a period that has not yet ended ("قبل نهاية العام الجاري"، "بحلول نهاية
 * الشهر"، "قبل نهاية فبراير المقبل"): a plan due by then may come any day from the publication date
 * to the period's last day, not in its last third; the interval runs from the publication date to
 * the period's end, exact, at the period's precision (dev conventions: "قبل نهاية العام الجاري" =
 * the current year, year precision; "قبل نهاية فبراير المقبل" = publication date to that month's
 * last day, month precision). The end of a period already past keeps its part reading.
 */
final class Deadlines {

  private final Set<String> before;
  private final Set<String> end;
  private final String and;

  Deadlines(TimeLexicon lex) {
    this.before = lex.cues.getOrDefault("DEADLINE_BEFORE", Set.of());
    this.end = lex.cues.getOrDefault("DEADLINE_END", Set.of());
    this.and = lex.word("AND");
  }

  List<Cand> apply(List<Cand> chosen, String s) {
    List<Cand> out = new ArrayList<>(chosen.size());
    for (Cand c : chosen) {
      out.add(deadline(c, s));
    }
    return out;
  }

  private Cand deadline(Cand c, String s) {
    LocalDate pub = c.against();
    if (pub == null || c.start() == null || c.end() == null || c.anchor() != null) {
      return c;
    }
    String first = Words.nextWord(s, c.s());
    if (first == null || !end.contains(first)) {
      return c;
    }
    String prev = Words.without(Words.previousWord(s, c.s()), and);
    if (prev == null || !before.contains(prev)) {
      return c;
    }
    Interval whole =
        switch (c.precision()) {
          case YEAR -> Interval.year(c.end().getYear());
          case MONTH -> Interval.month(c.end().getYear(), c.end().getMonthValue());
          case WEEK -> Interval.week(c.end());
          default -> null;
        };
    if (whole == null || whole.end().isBefore(pub)) {
      return c;
    }
    return c.withInterval(pub, whole.end(), c.precision()).withApproximate(false);
  }
}
