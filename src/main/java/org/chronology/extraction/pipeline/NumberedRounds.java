package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * A round noun with an ordinal right after it ("الجولة الثانية من الانتخابات"، "ضمن الجولة السادسة
 * من التصفيات"، "أُرجئت جولة ثالثة") is one round of a series, not a journey: the guide's visit is
 * an official travelling. It is talks (a meeting) when talks are what it is a round of ("الجولة
 * الأولى من المشاورات السياسية") or the article told talks before it, otherwise a happening of no
 * other type. A tour is not numbered this way ("جولته الخليجية الأولى" puts its adjective first).
 */
final class NumberedRounds {

  /** Tokens after the ordinal in which the talks are looked for ("من المشاورات"). */
  private static final int TALKS_REACH = 3;

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
    if (namesTalks(lexicon, doc, h)) {
      return EventType.MEETING;
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

  /**
   * A numbered round of talks ("الجولة الأولى من المشاورات السياسية") is one session of a standing
   * series, its own happening: it is not one of the meetings of a visit during which it is held,
   * and a visit told beside it is not it.
   */
  static boolean roundOfSeries(Lexicon lexicon, Document doc, EventDraft e) {
    return e.type == EventType.MEETING && e.head != null && roundOfSeries(lexicon, doc, e.head);
  }

  /** The hit is a numbered round read as talks (see the draft's form above). */
  static boolean roundOfSeries(Lexicon lexicon, Document doc, TriggerHit h) {
    return h.trigger().type() == EventType.MEETING
        && !h.trigger().form().verbal()
        && h.end() < doc.sentences().get(h.sentence()).endToken()
        && EventSegmentStage.reads(lexicon, doc, FunctionWord.ROUND, h.first())
        && lexicon.is(FunctionWord.ROUND_NUMBER, word(doc, h.end()));
  }

  /**
   * The round is said to be of talks right after its ordinal ("الجولة الأولى من المشاورات
   * السياسية"، "الجولة الثالثة للمحادثات"): those talks, whatever the article told before.
   */
  private static boolean namesTalks(Lexicon lexicon, Document doc, TriggerHit h) {
    int end = doc.sentences().get(h.sentence()).endToken();
    for (int t = h.end() + 1; t < Math.min(end, h.end() + 1 + TALKS_REACH); t++) {
      if (lexicon.is(FunctionWord.ROUND_TALKS, word(doc, t))) {
        return true;
      }
    }
    return false;
  }

  private static String word(Document doc, int token) {
    return doc.tokens().get(token).text();
  }
}
