package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;

/**
 * "وقال الوزير اليوم الثلاثاء إن … . من جهتها، نفت مصادر في البنك الدولي …"، "في المقابل، قال مصدر
 * رسمي إن …": a saying given the floor as another side's reply ({@link Replies#opened}) with no
 * date of its own answers the happening told just before it: it came on or after that happening's
 * day and by the publication day, so it is dated from the one to the other, approximate when they
 * differ (guide, Dates: a relative reading resolved against the publication date; the same reading
 * as an undated reaction in OccasionDates, and like it only for a happening of the week before).
 */
final class ReplyDates {

  private ReplyDates() {}

  /** How many sentences back the happening a reply answers may be told. */
  private static final int REACH = 2;

  static void apply(Document doc, Lexicon lexicon) {
    LocalDate pub = doc.article().publishedOn();
    if (pub == null) {
      return;
    }
    Replies replies = new Replies(lexicon);
    for (EventDraft d : doc.events()) {
      if (d.date != null
          || d.type != EventType.STATEMENT
          || d.status != EventStatus.HAPPENED
          || d.negated
          || d.lapsed
          || d.pastPerfect
          || !replies.opened(doc, doc.sentences().get(d.sentence), d.head)) {
        continue;
      }
      EventDraft answered = answered(doc, d);
      if (answered == null) {
        continue;
      }
      TemporalExpression e = answered.date.expression();
      if (e.start() == null
          || e.anchor() != null
          || e.precision() != Precision.DAY
          || e.start().isAfter(pub)
          || e.start().isBefore(pub.minusDays(OccasionDates.REACTION_DAYS))) {
        continue; // an answer to words of long ago is not dated by them, as with a reaction
      }
      OccasionDates.datedFromTo(d, doc.sentences().get(d.sentence), e.start(), pub);
    }
  }

  /** The last happening told as done with a date of its own in the sentences just before d's. */
  private static EventDraft answered(Document doc, EventDraft d) {
    EventDraft p = null;
    for (EventDraft o : doc.events()) {
      if (o.sentence < d.sentence
          && o.sentence >= d.sentence - REACH
          && o.date != null
          && o.ownDate
          && !o.sinceDate
          && o.status == EventStatus.HAPPENED
          && (p == null
              || o.sentence > p.sentence
              || o.sentence == p.sentence && o.head.first() > p.head.first())) {
        p = o;
      }
    }
    return p;
  }
}
