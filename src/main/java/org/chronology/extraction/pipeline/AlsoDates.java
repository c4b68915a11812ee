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
 * publication. The words are the {@code also} kind of occasion.tsv.
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
}
