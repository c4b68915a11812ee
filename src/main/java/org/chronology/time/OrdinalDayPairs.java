package org.chronology.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import org.chronology.text.ArabicNormalizer;

/**
 * "يومي التاسع والعاشر من ديسمبر": two ordinal days after the dual of the day word, the second with
 * its month, name one stretch of two days, as "يومي 9 و10 ديسمبر" does (guide, Dates: every date is
 * an interval). The day rules read only the second ordinal with its month; this widens that day
 * back to the first ordinal's and the phrase back to the dual day word. A compound ordinal ("الثالث
 * والعشرين من يونيو") is one day: the two days of a dual follow each other.
 */
final class OrdinalDayPairs {

  private final TimeLexicon lex;
  private final String dualDay;
  private final String and;

  OrdinalDayPairs(TimeLexicon lex) {
    this.lex = lex;
    this.dualDay = ArabicNormalizer.key(lex.word("DAY_WORD") + lex.word("DUAL_OF_DAY"));
    this.and = lex.word("AND");
  }

  /** The rule of a day and its month, its date widened by an ordinal pair written before it. */
  Rule.Builder widening(Rule.Builder rule) {
    return (m, c) -> widen(rule.build(m, c), m, c.s());
  }

  private Cand widen(Cand cand, Matcher m, String s) {
    if (cand == null
        || Resolver.group(m, "dord") == null
        || cand.start() == null
        || !cand.start().equals(cand.end())
        || cand.precision() != Precision.DAY) {
      return cand;
    }
    // the و of the second ordinal, written onto it or on its own, stands between the two
    String before = s.substring(0, m.start("e")).stripTrailing();
    if (!before.endsWith(and)) {
      return cand;
    }
    int andAt = before.length() - and.length();
    if (andAt == 0 || s.charAt(andAt - 1) != ' ') {
      return cand;
    }
    String first = Words.previousWord(s, andAt - 1);
    Integer day = TimeLexicon.lookup(lex.dayOrdinals, first);
    if (day == null || day != cand.start().getDayOfMonth() - 1) {
      return cand;
    }
    int firstAt = s.lastIndexOf(first, andAt - 1);
    String dual = Words.previousWord(s, firstAt);
    if (dual == null || !dualDay.equals(ArabicNormalizer.key(Words.without(dual, and)))) {
      return cand;
    }
    LocalDate start = cand.start().withDayOfMonth(day);
    return cand.withInterval(start, cand.end(), Precision.DAY)
        .withSpan(s.lastIndexOf(dual, firstAt), cand.e());
  }
}
