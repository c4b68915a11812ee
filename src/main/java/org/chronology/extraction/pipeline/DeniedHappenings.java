package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Sentence;

/**
 * The triggers whose happening what someone says negates: {@link EventSegmentStage} drops them
 * before making drafts, and the saying stays.
 *
 * <p>Why a class of its own: it decides which triggers tell no happening at all, before any clause
 * is cut or any head chosen.
 */
record DeniedHappenings(Lexicon lexicon) {

  /** How far before a happening a negation still denies it ("لا يعتزم المشاركة في أي لقاء"). */
  private static final int NEGATION_REACH = 6;

  /**
   * A happening negated in what someone says ("قال إن بوتين لا يعتزم المشاركة في أي لقاء") is no
   * happening: a reporting verb or a complementizer before the negation, the negation shortly
   * before the trigger. What stays is the saying.
   */
  boolean inSaying(
      Document doc, Sentence s, TriggerHit t, List<TriggerHit> frames, List<TriggerHit> all) {
    if (t.trigger().type() == EventType.STATEMENT) {
      return false;
    }
    for (int i = t.first() - 1; i >= Math.max(s.firstToken(), t.first() - NEGATION_REACH); i--) {
      String w = doc.tokens().get(i).text();
      if (lexicon.is(FunctionWord.NEGATION, w)) {
        return saidBefore(doc, s, i, frames, all);
      }
    }
    return false;
  }

  private boolean saidBefore(
      Document doc, Sentence s, int at, List<TriggerHit> frames, List<TriggerHit> all) {
    for (TriggerHit f : frames) {
      if (f.first() < at) {
        return true;
      }
    }
    for (TriggerHit f : all) {
      if (f.first() < at && f.trigger().type() == EventType.STATEMENT) {
        return true;
      }
    }
    for (int i = s.firstToken(); i < at; i++) {
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(i).text())) {
        return true;
      }
    }
    return false;
  }
}
