package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Sentence;

/** An act in a clause opened by "where" right after a gathering's: it takes place at it. */
record WhereClauses(Lexicon lexicon) {

  /** How many words before the act's word "where" may open its clause ("حيث جرى توقيع"). */
  private static final int WHERE_REACH = 3;

  /**
   * "يزور الوزير فاليتا غداً الخميس، حيث يوقع الجانبان مذكرة تفاهم": "where" opens the act's clause
   * right after the gathering's, so the act takes place at it, on its days; not after a clause of
   * its own between them ("بزيارة إلى باكو، تشمل محطة في تركمانستان حيث يُنتظر افتتاح سفارة": the
   * place of that stop).
   */
  boolean at(Document doc, EventDraft gathering, EventDraft d) {
    Sentence s = doc.sentences().get(d.sentence);
    int h = d.head.first();
    for (int w = h - 1; w >= Math.max(gathering.head.end(), h - WHERE_REACH); w--) {
      if (lexicon.is(FunctionWord.WHERE_AT, doc.tokens().get(w).text())) {
        return s.clauseOf(w) == s.clauseOf(h)
            && s.clauseOf(w) - s.clauseOf(gathering.head.first()) <= 1;
      }
    }
    return false;
  }
}
