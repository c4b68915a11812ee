package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import org.chronology.extraction.EventStatus;
import org.chronology.text.Sentence;
import org.chronology.time.TemporalExpression;

/**
 * A sentence opening with a verb that continues the saying told just before ("وأضاف البيان أن …"،
 * "وتابع …"، "وأوضحت الوزارة أن …") is part of that report, so a happening it tells as done without
 * a date of its own is dated by the report (guide, Dates: a relative date is read from the text
 * around it; dev README: a report's happening without a date of its own takes the report's date):
 * the date of the nearest done event of the sentence before, else that sentence's own date phrase,
 * when either is not after the publication. A chain of such sentences goes back to the report that
 * opened it. Run last, only on what nothing else dated. The words are the {@code continued} kind of
 * occasion.tsv.
 */
final class ContinuedDates {

  /** How many continuing sentences in a row may stand between the event and the report. */
  private static final int CHAIN = 3;

  private ContinuedDates() {}

  static void apply(Document doc, OccasionDates words) {
    LocalDate pub = doc.article().publishedOn();
    if (pub == null) {
      return;
    }
    for (EventDraft d : doc.events()) {
      if (d.date != null || d.status != EventStatus.HAPPENED || d.negated) {
        continue;
      }
      int k = d.sentence;
      DateHit found = null;
      for (int n = 0; n < CHAIN && found == null && k > 0 && continues(doc, k, words); n++) {
        k--;
        found = reportDate(doc, doc.sentences().get(k), pub);
      }
      if (found != null) {
        OccasionDates.share(d, found);
      }
    }
  }

  private static boolean continues(Document doc, int sentence, OccasionDates words) {
    Sentence s = doc.sentences().get(sentence);
    return words.is("continued", doc.tokens().get(s.firstToken()).text());
  }

  /**
   * The date of the sentence's last done event with a resolved date, else its first resolved date
   * phrase; none when it lies after the publication or is timed from another happening.
   */
  private static DateHit reportDate(Document doc, Sentence s, LocalDate pub) {
    DateHit best = null;
    for (EventDraft o : doc.events()) {
      if (o.sentence == s.index() && o.status == EventStatus.HAPPENED && usable(o.date, pub)) {
        best = o.date;
      }
    }
    if (best != null) {
      return best;
    }
    for (DateHit h : SentenceDates.datesIn(doc, s.firstToken(), s.endToken())) {
      if (usable(h, pub)) {
        return h;
      }
    }
    return null;
  }

  private static boolean usable(DateHit h, LocalDate pub) {
    if (h == null) {
      return false;
    }
    TemporalExpression e = h.expression();
    return e.start() != null && e.end() != null && e.anchor() == null && !e.start().isAfter(pub);
  }
}
