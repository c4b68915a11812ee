package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import org.chronology.extraction.EventStatus;
import org.chronology.text.Sentence;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;

/**
 * Date governance after the events are settled: the happenings an article tells without a date of
 * their own share the date of its main happening when that is the news of the day. It runs after
 * filtering, coalescing and confidence, which read "no date" as a sign of background, so that it
 * only dates the events they kept.
 */
@Stage.Contract(name = "news-peg-dates", requires = Layer.CONFIDENCE, adds = Layer.NEWS_DATES)
public final class NewsPegStage implements Stage {

  private static final OccasionDates OCCASION = new OccasionDates();

  /** How many days before the publication the article's main happening may be its news peg. */
  private static final int PEG_DAYS = 3;

  /**
   * The other happenings an article tells without a date of their own ("وأدان رئيس الوزراء القصف",
   * "ونفت الخارجية التركية مسؤولية قواتها") are part of the news of the day when the article's main
   * happening is that day's news (a day at most {@link #PEG_DAYS} before the publication): they
   * share its date, as inherited. Not a planned, cancelled or negated event, and not a sentence
   * told as earlier background ("وكانت أنقرة قد أطلقت …", the {@code earlier} words of
   * occasion.tsv).
   */
  @Override
  public void process(Document doc) {
    LocalDate pub = doc.article().publishedOn();
    EventDraft main = pub == null ? null : OccasionDates.main(doc, null);
    if (main == null) {
      return;
    }
    TemporalExpression m = main.date.expression();
    if (m.precision() != Precision.DAY
        || m.start().isAfter(pub)
        || m.start().isBefore(pub.minusDays(PEG_DAYS))) {
      return;
    }
    for (EventDraft d : doc.events()) {
      if (d.date != null || d.status != EventStatus.HAPPENED || d.negated || d == main) {
        continue;
      }
      Sentence s = doc.sentences().get(d.sentence);
      if (OCCASION.is("earlier", doc.tokens().get(s.firstToken()).text())) {
        continue;
      }
      OccasionDates.share(d, main);
    }
  }
}
