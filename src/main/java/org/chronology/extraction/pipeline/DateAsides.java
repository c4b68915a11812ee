package org.chronology.extraction.pipeline;

import org.chronology.text.Clause;
import org.chronology.text.Sentence;

/**
 * A date set off by commas between a verb and its object ("ونفت الخارجية، الثلاثاء، تقارير …"،
 * "أعلنت الوزارة، مساء السبت، …"): the usual order of news Arabic, where the commas around the date
 * end no clause; the verb's object still follows in the clause after it.
 */
final class DateAsides {

  /** The longest a date set off by commas may be, with its day-part word ("مساء الثلاثاء"). */
  private static final int DATE_CLAUSE = 3;

  private DateAsides() {}

  /**
   * Words a and b (a before b) are in one clause, or in clauses with nothing but dates set off by
   * commas between them.
   */
  static boolean sameClause(Document doc, Sentence s, int a, int b) {
    int from = s.clauseOf(a);
    int to = s.clauseOf(b);
    if (from == to) {
      return true;
    }
    if (from < 0 || to < from) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (!onlyDate(doc, s.clauses().get(i))) {
        return false;
      }
    }
    return to > from + 1;
  }

  private static boolean onlyDate(Document doc, Clause c) {
    if (c.endToken() - c.firstToken() > DATE_CLAUSE) {
      return false;
    }
    for (DateHit d : doc.dates()) {
      if (d.first() >= c.firstToken()
          && d.first() <= c.firstToken() + 1
          && d.end() == c.endToken()) {
        return true;
      }
    }
    return false;
  }
}
