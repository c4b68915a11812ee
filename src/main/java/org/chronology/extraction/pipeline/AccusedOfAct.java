package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Sentence;

/**
 * "وكانت الحكومة قد أغلقت المعبر في فبراير، متهمة الحركة المسلحة بتهريب السلاح عبره": the one a
 * circumstantial participle of accusing names right after an act is whom the act is aimed at, the
 * guide's target; the accusation itself is no event of its own ({@link BackgroundFilterStage}), so
 * the act takes the accused.
 */
final class AccusedOfAct {

  private AccusedOfAct() {}

  /**
   * The actor mention right after an accusing participle that follows the clause of an act told by
   * its verb ("أغلقت"، "رفعت الدعوى"); not after a noun a saying tells of ("وحمّل المجلس … مسؤولية
   * إشعال الحرائق، متهماً …": whom the speaker accuses, not whom the fires were aimed at).
   */
  static ActorHit accused(Lexicon lexicon, Document doc, Sentence s, EventDraft d) {
    if (d.type == EventType.STATEMENT
        || !d.head.trigger().form().verbal()
        || d.end + 1 >= s.endToken()) {
      return null;
    }
    if (!lexicon.isBareOrJoined(FunctionWord.ACCUSING_PARTICIPLE, doc.tokens().get(d.end).text())) {
      return null;
    }
    for (ActorHit h : doc.actors()) {
      if (h.sentence() == s.index() && h.first() == d.end + 1 && h.preposition() == null) {
        return h;
      }
    }
    return null;
  }
}
