package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * An agreement whose object is a passport or a visa ("وقع البلدان اتفاقية لإعفاء حاملي الجوازات
 * الدبلوماسية من التأشيرة") sets a visa policy: the guide types visa policy diplomatic, not a deal.
 * The paper must follow the deal word in its own clause, so a visa named beside a trade deal in
 * another clause leaves the deal alone; several agreements signed together stay a deal.
 */
final class VisaAgreements {

  /** How many words an agreement's verb may stand before the visa it is about. */
  static final int REACH = 8;

  private VisaAgreements() {}

  /** Whether a deal hit names, after it in its clause, a passport or a visa. */
  static boolean setsVisaPolicy(Lexicon lexicon, Document doc, TriggerHit h) {
    if (h.trigger().type() != EventType.DEAL) {
      return false;
    }
    Sentence s = doc.sentences().get(h.sentence());
    int clause = s.clauseOf(h.first());
    for (int i = h.first(); i < Math.min(s.endToken(), h.end() + REACH); i++) {
      if (s.clauseOf(i) != clause) {
        return false;
      }
      for (Proclitics.Form f : doc.forms().of(i)) {
        if (lexicon.is(FunctionWord.AGREEMENT_SET, f.text())) {
          return false; // "ثلاث اتفاقيات تشمل الإعفاء من التأشيرات والزراعة": a package, a deal
        }
        if (i >= h.end() && lexicon.is(FunctionWord.TRAVEL_PAPER, f.text())) {
          return true;
        }
      }
    }
    return false;
  }
}
