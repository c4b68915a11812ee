package org.chronology.extraction.pipeline;

import org.chronology.text.Sentence;
import org.chronology.time.PublicationDateDetector;

/**
 * The article's main happening is the one its lead tells, even when no event was made of it ("رُفع
 * العلم فوق مبنى السفارة صباح الاثنين"، "انطلقت قبل ظهر اليوم أولى القوافل"): the sentences after
 * it that tell the same occasion without a date of their own ("وحضر الوزير مراسم رفع العلم"، "وتولت
 * المديرية تنظيم القافلة") share the lead's date as the news of the day.
 */
final class LeadDates {

  private LeadDates() {}

  /**
   * The date phrase of the article's first dated sentence (a wire dateline is not one), when that
   * sentence comes before the main happening's and no kept event was made of it; else null.
   */
  static DateHit unextracted(Document doc, EventDraft main) {
    String text = doc.article().text();
    for (Sentence s : doc.sentences()) {
      if (s.headline()) {
        continue;
      }
      if (main != null && s.index() >= main.sentence) {
        return null;
      }
      DateHit first = null;
      for (DateHit h : doc.dates()) {
        var e = h.expression();
        if (h.first() >= s.firstToken()
            && h.first() < s.endToken()
            && e.start() != null
            && e.anchor() == null
            && !PublicationDateDetector.endsDateline(text, e.endOffset())) {
          first = h;
          break;
        }
      }
      if (first == null) {
        continue;
      }
      for (EventDraft d : doc.events()) {
        if (d.sentence == s.index()) {
          return null; // the lead's happening is an event: the main happening rule dates by it
        }
      }
      return first;
    }
    return null;
  }
}
