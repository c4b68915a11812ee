package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * A verb of depositing whose object is money or a bank ("أودعت السعودية 3 مليارات دولار في البنك
 * المركزي"): money handed over, the guide's deal (like وديعة), not a document deposited with the
 * United Nations or a depositary, the formal step the verb is read as otherwise.
 */
final class DepositedMoney {

  /** How far after the verb, in its clause, the money or the bank may stand. */
  private static final int REACH = 8;

  private DepositedMoney() {}

  static boolean deposits(Lexicon lexicon, Document doc, TriggerHit h) {
    if (h.trigger().type() != EventType.DIPLOMATIC
        || !h.trigger().form().verbal()
        || !lexicon.is(
            FunctionWord.DEPOSITING,
            Proclitics.withoutConjunction(doc.tokens().get(h.first()).text()))) {
      return false;
    }
    var s = doc.sentences().get(h.sentence());
    for (int i = h.end(); i < Math.min(s.endToken(), h.end() + REACH); i++) {
      if (!DateAsides.sameClause(doc, s, h.first(), i)) {
        return false;
      }
      if (lexicon.isBareOrJoined(FunctionWord.DEPOSITED_MONEY, doc.tokens().get(i).text())) {
        return true;
      }
    }
    return false;
  }
}
