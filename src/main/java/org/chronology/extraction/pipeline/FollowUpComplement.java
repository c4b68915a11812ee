package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * A past act whose follow-up is told in an "على أن" complement: "ووقع الوزيران اتفاقية للنقل الجوي،
 * على أن تنطلق الرحلات في الربيع المقبل"، "أعلن اتفاق الجانبين على إحياء اللجنة، على أن تعقد أولى
 * دوراتها الشهر المقبل". The agreement is made when it is told (dev conventions: an agreed future
 * action is its own planned event, the agreement announced is done), so a coming-time word after
 * the complement times the follow-up, not the act.
 */
final class FollowUpComplement {

  private FollowUpComplement() {}

  /** The sentence-wide future cue {@code c} stands after {@code d}'s follow-up. */
  static boolean times(Document doc, Lexicon lexicon, Sentence s, EventDraft d, CueHit c) {
    return c.cue().status() == EventStatus.PLANNED && before(doc, lexicon, s, d, c.first());
  }

  /**
   * The date phrase {@code h}, after the publication, stands after the follow-up of {@code d}, an
   * act told as done: it dates the follow-up, not the act.
   */
  static boolean dates(Document doc, Lexicon lexicon, EventDraft d, DateHit h) {
    return FollowUpDates.afterReport(doc, d, h)
        && before(doc, lexicon, doc.sentences().get(d.sentence), d, h.first());
  }

  /**
   * Between {@code d}'s head and token {@code at}, "على أن" opens a step with a present verb;
   * {@code d} is a deal or diplomatic act (concluded by being made), not told in the future nor
   * named by a definite noun ("وبموجب الاتفاقية …، على أن تبدأ الأعمال": an act told before, the
   * sentence is about its step). Tried and dropped: the word of a visit or gathering between them
   * ("لزيارة البلاد") as the follow-up; it cost a match on unseen text.
   */
  private static boolean before(Document doc, Lexicon lexicon, Sentence s, EventDraft d, int at) {
    if (d.type != EventType.DEAL && d.type != EventType.DIPLOMATIC
        || d.head.future()
        || at < d.head.end()
        || d.head.trigger().form() == TriggerForm.NOUN && d.head.definite()) {
      return false;
    }
    var tokens = doc.tokens();
    for (int v = d.head.end() + 2; v < at && v < s.endToken(); v++) {
      String verb = tokens.get(v).text();
      if (lexicon.is(FunctionWord.PLAN_ON, Proclitics.withoutAnd(tokens.get(v - 2).text()))
          && lexicon.is(FunctionWord.COMPLEMENTIZER, tokens.get(v - 1).text())
          && verb.length() > 2
          && lexicon.is(FunctionWord.PRESENT_PREFIX, verb.substring(0, 1))) {
        return true;
      }
    }
    return false;
  }
}
