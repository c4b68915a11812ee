package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;

/**
 * "وقّع البلدان الاتفاق خلال زيارة الرئيس الصومالي للقاهرة"، "وقّع الاتفاق أمس في ختام زيارة لباكو
 * استمرت يومين": an act of another kind told as done inside a visit that the same clause names (an
 * indefinite or possessed visit noun right after a word of "within", occasion.tsv) reports two
 * happenings. The dev conventions count an agreement signed during a visit as its own event and the
 * visit as the visit; here the visit is told nowhere else, so cutting the clause before the
 * "within" word gives it a draft of its own, with its visitor and destination.
 *
 * <p>Not "خلال الزيارة" (the article's visit, already told, whose setting it only recalls), and not
 * a meeting or another visit told inside a visit (the guide: meetings held during a visit are the
 * visit).
 */
final class NamedVisitSettings {

  private static final OccasionDates OCCASION = new OccasionDates();

  private NamedVisitSettings() {}

  /**
   * The token where a clause holding {@code prev} is cut so that the visit {@code t} becomes a
   * happening of its own, or -1.
   */
  static int cut(Document doc, TriggerHit prev, TriggerHit t) {
    if (prev.trigger().type() == EventType.VISIT || prev.trigger().type() == EventType.MEETING) {
      return -1;
    }
    return cutAfterSession(doc, prev, t);
  }

  /**
   * As {@link #cut}, for any happening before the visit, talks too: a numbered round of a series
   * held during a visit ("انطلقت الجولة الأولى من المشاورات خلال زيارة الوزيرة") is a session of
   * its own beside the visit.
   */
  static int cutAfterSession(Document doc, TriggerHit prev, TriggerHit t) {
    int w = t.first() - 1;
    if (t.trigger().type() != EventType.VISIT
        || t.trigger().form().verbal()
        || t.definite()
        || t.possessive()
        || prev.trigger().type() == EventType.VISIT
        || w < prev.end()
        || !OCCASION.is("within", doc.tokens().get(w).text())) {
      return -1;
    }
    return w;
  }

  /**
   * "بروتوكول التعاون الذي وقعته القاهرة ومقديشو خلال زيارة الرئيس لمصر في الرابع عشر": the act cut
   * off before the visit it was done in shares the visit's date when it has none of its own (dev
   * conventions: an agreement signed during a visit takes the visit's date).
   */
  static boolean doneDuring(Document doc, EventDraft act, EventDraft visit) {
    return visit.type == EventType.VISIT
        && act.type != EventType.VISIT
        && act.type != EventType.MEETING
        && visit.first == act.end
        && visit.first < doc.tokens().size()
        && OCCASION.is("within", doc.tokens().get(visit.first).text());
  }
}
