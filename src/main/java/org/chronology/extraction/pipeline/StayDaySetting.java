package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * A visit noun after a ranked day of the stay ("عقد الأمير اليوم مباحثات مع ضيفه في ثاني أيام
 * زيارته"، "في أول أيام جولته"): the stay is the setting of the clause's act, as after خلال, and
 * the act (here the talks, a meeting on a day of its own, dev README convention review round 62,
 * item 1, which names «في ثاني أيام زيارته») is the happening. A count of days ("سبعة أيام") is no
 * rank.
 */
final class StayDaySetting {

  private StayDaySetting() {}

  /** Tokens {@code before - 1} and {@code before} read a rank and "أيام" (stay-days). */
  static boolean rankedDay(Lexicon lexicon, Document doc, int sentenceStart, int before) {
    if (before - 1 < sentenceStart) {
      return false;
    }
    var tokens = doc.tokens();
    return lexicon.is(FunctionWord.STAY_DAYS, tokens.get(before).text())
        && lexicon.is(
            FunctionWord.DAY_RANK, Proclitics.withoutConjunction(tokens.get(before - 1).text()));
  }
}
