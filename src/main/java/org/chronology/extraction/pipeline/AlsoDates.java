package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import org.chronology.extraction.EventStatus;
import org.chronology.text.Sentence;
import org.chronology.time.TemporalExpression;

/**
 * A sentence opening with "كما" (also, likewise) adds a happening to the one the sentence before
 * told ("أعلنت الخارجية اليوم أن …. كما استدعت الوزارة السفير …"): with no date of its own it is
 * told as of that happening's day (guide, Dates: a relative date is read from the text around it),
 * not as of the article's main happening, which may be a day earlier. It takes the date phrase of
 * the nearest event of the sentence before that has one of its own, when that is not after the
 * publication. The words are the {@code also} kind of occasion.tsv. "أيضاً" by the happening's word
 * (its {@code too} kind: "ناقش الجانبان أيضاً إمكانية شراء …") adds a done or reported happening to
 * the one the sentence before told in the same way, once that one is dated ({@link #applyToo}).
 */
final class AlsoDates {

  private AlsoDates() {}

  /** Dates each undated event, told as done, of a sentence opening with an "also" word. */
  static void apply(Document doc, OccasionDates words) {
    LocalDate pub = doc.article().publishedOn();
    for (EventDraft d : doc.events()) {
      if (d.date != null || d.status != EventStatus.HAPPENED || d.negated || d.sentence == 0) {
        continue;
      }
      Sentence s = doc.sentences().get(d.sentence);
      if (!words.is("also", doc.tokens().get(s.firstToken()).text())) {
        continue;
      }
      EventDraft before = null;
      for (EventDraft o : doc.events()) {
        if (o.sentence == d.sentence - 1 && o.date != null && o.ownDate && !o.sinceDate) {
          before = before == null || o.head.first() > before.head.first() ? o : before;
        }
      }
      if (before == null) {
        continue;
      }
      TemporalExpression e = before.date.expression();
      if (e.start() != null
          && e.anchor() == null
          && before.status == EventStatus.HAPPENED
          && (pub == null || !e.start().isAfter(pub))) {
        OccasionDates.share(d, before);
      }
    }
  }

  /**
   * Dates each undated event, told as done or reported, with "أيضاً" in its sentence before its
   * word or right after it, by the event of the sentence before nearest to it, however that was
   * dated; run once the day's news is shared.
   */
  static void applyToo(Document doc, OccasionDates words) {
    LocalDate pub = doc.article().publishedOn();
    for (EventDraft d : doc.events()) {
      if (d.date != null
          || d.status != EventStatus.HAPPENED && d.status != EventStatus.REPORTED
          || d.negated
          || d.sentence == 0
          || !too(doc, doc.sentences().get(d.sentence), d, words)) {
        continue;
      }
      EventDraft before = null;
      for (EventDraft o : doc.events()) {
        if (o.sentence == d.sentence - 1 && OccasionDates.resolved(o)) {
          before = before == null || o.head.first() > before.head.first() ? o : before;
        }
      }
      if (before != null
          && before.date.expression().anchor() == null
          && before.status == EventStatus.HAPPENED
          && (pub == null || !before.date.expression().start().isAfter(pub))) {
        OccasionDates.share(d, before);
      }
    }
  }

  /** "أيضاً" from the sentence's start to {@value #TOO_REACH} words after the happening's word. */
  private static boolean too(Document doc, Sentence s, EventDraft d, OccasionDates words) {
    int to = Math.min(s.endToken(), d.head.end() + TOO_REACH);
    for (int t = s.firstToken(); t < to; t++) {
      if (words.is("too", doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  /** How many words after the happening's word "أيضاً" may stand ("بحث الجانبان أيضاً"). */
  private static final int TOO_REACH = 2;
}
