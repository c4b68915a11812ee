package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * "وهي الزيارة التي شهدت أمس توقيع ست مذكرات تفاهم"، "القمة التي شهدت إطلاق …": a happening noun
 * that a relative clause of witnessing (function-words.tsv: witness) tells of is the occasion of
 * the act the verb takes as its object. The guide counts the act (a signing is a deal) as the
 * event; the occasion, pointed back to by the relative, is told elsewhere, so it is the act's
 * setting, as after "خلال" ({@link EventSegmentStage}).
 *
 * <p>Not the occasion as the verb's subject ("وشهدت الزيارة توقيع …"): measured on unseen text, it
 * turned a visit told only there into a deal.
 */
final class WitnessedActs {

  private WitnessedActs() {}

  /**
   * {@code t} is the occasion of a witnessed act: a noun right before a relative pronoun and a
   * witness verb, and a noun of another kind of happening after it in the sentence (the act).
   */
  static boolean occasion(Lexicon lexicon, Document doc, TriggerHit t, List<TriggerHit> trig) {
    int r = t.end();
    int end = doc.sentences().get(t.sentence()).endToken();
    return !t.trigger().form().verbal()
        && r + 1 < end
        && lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(r).text())
        && lexicon.is(FunctionWord.WITNESS, doc.tokens().get(r + 1).text())
        && actAfter(t, trig);
  }

  private static boolean actAfter(TriggerHit t, List<TriggerHit> trig) {
    for (TriggerHit h : trig) {
      if (h.sentence() == t.sentence()
          && h.first() > t.end()
          && !h.trigger().form().verbal()
          && h.trigger().type() != t.trigger().type()
          && h.trigger().type() != EventType.STATEMENT) {
        return true;
      }
    }
    return false;
  }
}
