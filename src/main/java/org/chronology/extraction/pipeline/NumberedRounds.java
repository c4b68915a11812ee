package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * A round noun with an ordinal right after it ("الجولة الثانية من الانتخابات"، "ضمن الجولة السادسة
 * من التصفيات"، "أُرجئت جولة ثالثة") is one round of a series, not a journey: the guide's visit is
 * an official travelling. It is talks (a meeting) when the article told talks before it, otherwise
 * a happening of no other type. A tour is not numbered this way ("جولته الخليجية الأولى" puts its
 * adjective first).
 */
final class NumberedRounds {

  private NumberedRounds() {}

  /** The type a numbered round takes, or null when the hit is not one. */
  static EventType retype(Lexicon lexicon, Document doc, TriggerHit h, List<TriggerHit> all) {
    if (h.trigger().type() != EventType.VISIT
        || h.trigger().form().verbal()
        || h.end() >= doc.sentences().get(h.sentence()).endToken()
        || !EventSegmentStage.reads(lexicon, doc, FunctionWord.ROUND, h.first())
        || !lexicon.is(FunctionWord.ROUND_NUMBER, word(doc, h.end()))) {
      return null;
    }
    for (TriggerHit o : all) {
      if (o.trigger().type() == EventType.MEETING
          && (o.sentence() < h.sentence()
              || o.sentence() == h.sentence() && o.first() < h.first())) {
        return EventType.MEETING;
      }
    }
    return EventType.OTHER;
  }

  private static String word(Document doc, int token) {
    return doc.tokens().get(token).text();
  }
}
