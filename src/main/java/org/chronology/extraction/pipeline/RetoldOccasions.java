package org.chronology.extraction.pipeline;

import org.chronology.text.Sentence;

/**
 * A happening the article has already told, named again by a pointed noun ("الزيارة"، "زيارته"،
 * "هذا التمرين") in a sentence with no date phrase of its own for it, is the same occasion: it
 * keeps the date the happening was first told with, never the date of a phrase that times another
 * one.
 */
final class RetoldOccasions {

  private RetoldOccasions() {}

  /**
   * "وسلّم الرئيس خلال الزيارة تمثالاً"، "استقبله الرئيس خلال زيارته للقاهرة": the event is headed
   * by the pointed noun right after a "during" word, which names the happening already told, so it
   * shares that happening's date. Not in a live blog's time-stamped entry, which is the news of its
   * own time. True when it was so dated.
   */
  static boolean namedByDuring(
      Document doc, EventDraft d, int during, TriggerHit noun, OccasionDates words) {
    if (noun == null
        || d.date != null
        || noun.first() != d.head.first()
        || noun.first() != during + 1
        || !words.pointed(doc, noun)
        || LiveEntries.is(doc, doc.sentences().get(d.sentence))) {
      return false;
    }
    return dateAsTold(doc, d, words);
  }

  /**
   * "وتأتي الزيارة بعد أيام من إقلاع أول رحلة … الخميس الماضي": after "تأتي" or a demonstrative the
   * pointed noun before the phrase names the happening already told, and the phrase times the
   * happening after it, dated on its own: the noun's event keeps the told happening's date, not the
   * phrase's. True when it was so dated.
   */
  static boolean retoldSubject(
      Document doc,
      Sentence s,
      DateHit h,
      EventDraft subject,
      EventDraft object,
      OccasionDates words) {
    if (subject == null
        || object == null
        || subject.date != h
        || !OccasionDates.resolved(object)
        || subject.head.trigger().form().verbal()
        || subject.head.end() > h.first()
        || !words.pointed(doc, subject.head)
        || !words.pointsBack(doc, s, h.first())) {
      return false;
    }
    return dateAsTold(doc, subject, words);
  }

  /**
   * Dates {@code d}, a pointed noun, as the happening it names was told: the triggers of its type
   * before it, nearest first, name that happening. When an event holds one, its date, if resolved
   * (an event dated only as a stretch, "منذ مطلع الشهر", leaves {@code d} as it is); when one is
   * inside another happening's report ("أعلن الكرملين اليوم أن الأسد قام مساء أمس بزيارة …"), the
   * date phrase nearest before it in its sentence; a pointed one with neither names a happening
   * told still earlier. With no such trigger, the article's main happening. True when {@code d} was
   * dated.
   */
  private static boolean dateAsTold(Document doc, EventDraft d, OccasionDates words) {
    java.util.List<TriggerHit> all = doc.triggers();
    for (int k = all.size() - 1; k >= 0; k--) {
      TriggerHit told = all.get(k);
      if (told.first() >= d.head.first()
          || told.sentence() > d.sentence
          || told.trigger().type() != d.head.trigger().type()
          || told.inQuote()) {
        continue;
      }
      for (EventDraft p : doc.events()) {
        boolean holds =
            p.head.first() == told.first()
                || told.first() >= p.first && told.first() < p.end && p.type == d.type;
        if (p != d && holds) {
          return OccasionDates.resolved(p) && share(d, p);
        }
      }
      DateHit nearest = nearestBefore(doc, told);
      if (nearest != null) {
        OccasionDates.share(d, nearest);
        return true;
      }
      if (!words.pointed(doc, told)) {
        return false;
      }
    }
    EventDraft main = OccasionDates.main(doc, d);
    return main != null && share(d, main);
  }

  /** The resolved date phrase nearest before the trigger in its sentence, not a relative one. */
  private static DateHit nearestBefore(Document doc, TriggerHit told) {
    DateHit nearest = null;
    Sentence s = doc.sentences().get(told.sentence());
    for (DateHit h : doc.dates()) {
      var e = h.expression();
      if (h.first() >= s.firstToken()
          && h.end() <= told.first()
          && e.start() != null
          && e.end() != null
          && e.anchor() == null) {
        nearest = h;
      }
    }
    return nearest;
  }

  private static boolean share(EventDraft d, EventDraft from) {
    OccasionDates.share(d, from);
    return true;
  }
}
