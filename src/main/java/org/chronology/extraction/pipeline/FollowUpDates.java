package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.text.Token;
import org.chronology.time.Precision;
import org.chronology.time.TemporalExpression;
import org.chronology.time.TemporalTagger;

/**
 * A happening told as done cannot be dated after the article that reports it: a date phrase of its
 * clauses that lies wholly after the publication dates a follow-up the sentence announces ("وقع
 * الجانبان 14 اتفاقية … على أن تدخل حيز التنفيذ خلال الأيام المقبلة", "أعلن اتفاق الجانبين على
 * استئناف عمل اللجنة … الشهر المقبل"), not the happening. Such an event takes another date of its
 * sentence; left with none, it is the news of the day: the article's main happening when that is
 * the day's news, else the publication day.
 */
final class FollowUpDates {

  /** How many days before the publication the article's main happening may be the day's news. */
  private static final int NEWS_DAYS = 3;

  private FollowUpDates() {}

  /**
   * The phrase, after {@code d}'s head, lies after the publication day and a future word stands
   * between them ("ستعيد", "من المقرر"), while {@code d} is told as done. Not for an announcement
   * (a statement or an other event): "أعلنت الشركة أنها ستبدأ الحفر خلال عام 2023" is read as the
   * drilling announced, which that phrase does date.
   */
  static boolean after(Document doc, EventDraft d, DateHit h) {
    if (d.type == EventType.STATEMENT
        || d.type == EventType.OTHER
        || h.first() <= d.head.end()
        || !afterPublication(doc, d, h)) {
      return false;
    }
    if (onward(doc, h)) {
      return true; // "زيارة هي الثانية له في غضون 15 شهراً": a stretch from the report on, a span
    }
    String text = doc.normalized().text();
    int from = doc.tokens().get(d.head.end() - 1).end();
    Token next = doc.tokens().get(d.head.end());
    if (text.substring(from, next.start()).isBlank()) {
      // the word right after the head qualifies it ("الاجتماع المقرر في 25 يناير"); after a comma
      // it opens a clause of its own ("وبموجب الاتفاقية، سيبدأ الجانبان … في يناير")
      from = next.end();
    }
    return TemporalTagger.standard().futureBetween(text, from, doc.tokens().get(h.first()).start());
  }

  /**
   * The phrase is a stretch running from the publication day onward ("في غضون ثلاثة أشهر"، "خلال
   * الأيام المقبلة"): a deadline or a span, it can time a step still to come or measure a gap,
   * never a happening told as done, with or without a future word before it ("على أن ترفع تقريرها
   * في غضون ثلاثة أشهر").
   */
  private static boolean onward(Document doc, DateHit h) {
    LocalDate pub = doc.article().publishedOn();
    TemporalExpression e = h.expression();
    return pub != null
        && e.relative()
        && pub.equals(e.start())
        && e.end() != null
        && e.end().isAfter(pub);
  }

  /**
   * {@code h}, the date of a mention folded into {@code d}, starts after the publication day while
   * {@code d} is told as done: the mention's date is its follow-up's ("وقع الجانبان 14 اتفاقية",
   * then "ومن المقرر أن يعرضا المعاهدة على البرلمانين خلال الأيام المقبلة"), not the happening's.
   */
  static boolean afterReport(Document doc, EventDraft d, DateHit h) {
    return afterPublication(doc, d, h);
  }

  /**
   * The kept events left without a resolved date because every date of the mentions folded into
   * them lies after the publication ({@link #afterReport}).
   */
  static Set<EventDraft> leftUndated(Document doc, List<EventDraft> kept) {
    Set<EventDraft> out = new HashSet<>();
    for (EventDraft e : doc.events()) {
      EventDraft p = e.foldedInto;
      if (p != null
          && kept.contains(p)
          && !OccasionDates.resolved(p)
          && afterPublication(doc, p, e.date)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Once every event is dated, one told as done whose date still lies after the publication (a
   * follow-up's phrase taken from a neighbour or from a clause without a future word: "ووقع البلدان
   * في ختام المحادثات اتفاقاً" after "ستستضيف الشهر المقبل اجتماعاً", "وتنص المبادرة على وقف إطلاق
   * النار اعتباراً من الاثنين المقبل") is the news of the day (guide, Dates: a happening is dated
   * when it happened, which is no later than the article reporting it).
   */
  static void doneAfterReport(Document doc, List<EventDraft> kept) {
    Set<EventDraft> out = new HashSet<>();
    for (EventDraft d : kept) {
      if (d.type != EventType.STATEMENT
          && d.type != EventType.OTHER
          && OccasionDates.resolved(d)
          && afterPublication(doc, d, d.date)
          && (!d.ownDate || !OccasionDates.sameClause(doc, d.head.first(), d.date.first()))) {
        d.date = null;
        out.add(d);
      }
    }
    newsOfTheDay(doc, out);
  }

  /**
   * The phrase lies after the publication day, or runs from it onward ("خلال الأيام المقبلة"، "في
   * غضون أسبوعين"), and {@code d} is told as done.
   */
  private static boolean afterPublication(Document doc, EventDraft d, DateHit h) {
    LocalDate pub = doc.article().publishedOn();
    LocalDate start = h == null ? null : h.expression().start();
    LocalDate end = h == null ? null : h.expression().end();
    return pub != null
        && d.status == EventStatus.HAPPENED
        && start != null
        && (start.isAfter(pub) || start.equals(pub) && end != null && end.isAfter(pub));
  }

  /** Dates the events whose only phrases were a follow-up's, once every sentence is dated. */
  static void newsOfTheDay(Document doc, Set<EventDraft> followUps) {
    LocalDate pub = doc.article().publishedOn();
    if (pub == null) {
      return;
    }
    for (EventDraft d : doc.events()) {
      if (!followUps.contains(d) || OccasionDates.resolved(d)) {
        continue;
      }
      EventDraft main = OccasionDates.main(doc, d);
      if (main != null && news(main.date.expression(), pub)) {
        OccasionDates.share(d, main);
      } else {
        d.date = OccasionDates.publicationDay(doc.sentences().get(d.sentence), pub, false);
        d.ownDate = false;
      }
    }
  }

  private static boolean news(TemporalExpression e, LocalDate pub) {
    return e.precision() == Precision.DAY
        && !e.start().isAfter(pub)
        && !e.start().isBefore(pub.minusDays(NEWS_DAYS));
  }
}
