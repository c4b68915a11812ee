package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;

/**
 * A call at a place in a visit's programme, still to come, whose clause goes on to a meeting there
 * ("ومن المقرر أن يزور غداً مشيخة الأزهر، حيث يلتقي شيخ الأزهر"، "يزور اليوم معرض إكسبو ويلتقي حاكم
 * دبي"): the draft is headed by the present visit verb, but what it tells is the meeting at that
 * place (dev conventions: announced programme items with a named official are meetings; a site
 * visit alone is not). {@link OwnDayMeetings} asks it of a visit drafted inside another one.
 */
final class SiteMeetings {

  private SiteMeetings() {}

  /**
   * The draft is headed by a present visit verb and holds a meeting verb after it, with no city or
   * country between ("يزور رام الله الثلاثاء حيث يجتمع …" is a leg of a tour, a visit of its own).
   */
  static boolean metAt(Lexicon lexicon, Document doc, EventDraft d) {
    if (d.head.trigger().form() != TriggerForm.PRESENT) {
      return false;
    }
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == d.sentence
          && t.first() > d.head.first()
          && t.first() < d.end
          && t.trigger().type() == EventType.MEETING
          && t.trigger().form().verbal()) {
        return !placeBetween(lexicon, doc, d.head.end(), t.first());
      }
    }
    return false;
  }

  private static boolean placeBetween(Lexicon lexicon, Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lexicon.places().longestAt(doc.tokens(), doc.forms(), i, to) != null) {
        return true;
      }
    }
    return false;
  }
}
