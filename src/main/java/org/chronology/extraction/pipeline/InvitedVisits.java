package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;

/**
 * The visit an invitation is to ("ووجّه الرئيس إلى نظيره دعوة لزيارة القاهرة"): a trip still to
 * come, planned whatever the tense of the invitation (the guide: planned for future or scheduled
 * events), and the next trip of its kind, never one the article tells as done. Told as accepted
 * ("…، وقد قبلها الضيف على أن يحدد موعدها لاحقاً"), the two sides now plan it, so the sentence
 * holds two happenings: the invitation (diplomatic) and the planned visit; an invitation not told
 * as accepted keeps the visit as its object.
 */
record InvitedVisits(Lexicon lexicon) {

  /**
   * How many words may stand between an invitation and its visit noun (دعوة رسمية إلى الرئيس الغاني
   * لزيارة).
   */
  private static final int INVITED_REACH = 6;

  /** How many words after the visit noun the accepting verb may stand (لزيارة البلد، وقد قبلها). */
  private static final int ACCEPT_REACH = 8;

  /** The visit noun h is what an invitation just before it is to. */
  boolean invitedTo(Document doc, TriggerHit h) {
    return h.trigger().type() == EventType.VISIT
        && h.trigger().form() == TriggerForm.NOUN
        && lexicon.anyIn(
            FunctionWord.INVITATION, doc.tokens(), h.first() - INVITED_REACH, h.first());
  }

  /**
   * The inviting act prev hands over an invitation to the visit noun t, which the invited party is
   * told to have accepted right after it: t starts a happening of its own.
   */
  boolean accepted(Document doc, TriggerHit prev, TriggerHit t) {
    if (prev.trigger().type() != EventType.DIPLOMATIC
        || !invitedTo(doc, t)
        || !lexicon.anyIn(FunctionWord.INVITATION, doc.tokens(), prev.first(), t.first())) {
      return false;
    }
    int end = doc.sentences().get(t.sentence()).endToken();
    return lexicon.anyIn(
        FunctionWord.INVITATION_ACCEPTED,
        doc.tokens(),
        t.end(),
        Math.min(end, t.end() + ACCEPT_REACH));
  }
}
