package org.chronology.extraction.pipeline;

import java.time.LocalDate;
import org.chronology.extraction.EventStatus;
import org.chronology.text.Sentence;
import org.chronology.text.Token;

/**
 * A happening a medium reports ("كشفت صحيفة «هآرتس» أن …"، "وأفادت وسائل إعلام بأن …") with no date
 * of its own is dated by the report (guide, Status: a claim the article does not confirm): the
 * report's own phrase ("ذكرت القناة مساء أمس أن …"), else the publication day, approximate. It is
 * not the day of the article's main happening: a digest or a follow-up tells what the papers say on
 * the day they say it. The words are the {@code report}, {@code medium} and {@code complement}
 * kinds of occasion.tsv; a medium quoting a named speaker ({@code quoting}) is not such a report. A
 * medium speaking of something ({@code speaking}, "وتحدثت تقارير عن …") frames its claim by {@code
 * about} instead of "أن". A saying verb ({@code told}: "وقالت مصادر دبلوماسية لـ«القبس» إن …")
 * frames such a report only with unnamed sources or reports ({@code unnamed}) as its subject.
 */
final class ReportDates {

  /** How many words the medium may stand after the report verb ("ذكرت صحيفة هآرتس …"). */
  private static final int MEDIUM_REACH = 3;

  /** How many words "أن" may stand after the report verb (the medium, its name, a date). */
  private static final int COMPLEMENT_REACH = 9;

  private ReportDates() {}

  /** Dates each undated event, not planned or cancelled, that a medium's report frames. */
  static void apply(Document doc, OccasionDates words) {
    LocalDate pub = doc.article().publishedOn();
    if (pub == null) {
      return;
    }
    for (EventDraft d : doc.events()) {
      if (d.date != null
          || d.negated
          || d.status == EventStatus.PLANNED
          || d.status == EventStatus.CANCELLED) {
        continue;
      }
      Sentence s = doc.sentences().get(d.sentence);
      int complement = frame(doc, s, d.head.first(), words);
      if (complement < 0) {
        continue;
      }
      DateHit own = reportPhrase(doc, s, complement);
      if (own != null && own.expression().start() != null && own.expression().anchor() == null) {
        OccasionDates.share(d, own);
      } else if (own == null) {
        OccasionDates.share(d, OccasionDates.publicationDay(s, pub, true));
      }
    }
  }

  /**
   * The token of "أن" closing a medium's report frame before {@code head}, the frame opening the
   * sentence's words before it; else -1.
   */
  private static int frame(Document doc, Sentence s, int head, OccasionDates words) {
    for (int v = s.firstToken(); v < head; v++) {
      boolean speaking = words.is("speaking", doc.tokens().get(v).text());
      boolean told =
          !speaking
              && !words.is("report", doc.tokens().get(v).text())
              && words.isBare("told", doc.tokens().get(v).text());
      if (!speaking && !told && !words.is("report", doc.tokens().get(v).text())) {
        continue;
      }
      for (int c = v + 1; c < Math.min(head, v + 1 + COMPLEMENT_REACH); c++) {
        if (words.is("quoting", doc.tokens().get(c).text())) {
          break; // "نقلت الصحيفة عن الوزير قوله إن …": a speaker's word, not the medium's claim
        }
        if (speaking && words.is("about", doc.tokens().get(c).text())) {
          // "وتحدثت تقارير إعلامية عن مفاوضات …": what the medium speaks of is its claim
          if (medium(doc, v, c, words)) {
            return c;
          }
          break;
        }
        if (words.is("complement", doc.tokens().get(c).text())) {
          if (told
              ? unnamed(doc, v, c, words) || mediumSubject(doc, v, c, words)
              : medium(doc, v, c, words)) {
            return c;
          }
          break;
        }
      }
    }
    return -1;
  }

  /** A medium word a few words after the verb, or a name in quotation marks ("كشفت «غلوبس» أن"). */
  private static boolean medium(Document doc, int verb, int complement, OccasionDates words) {
    for (int t = verb + 1; t < Math.min(complement, verb + 1 + MEDIUM_REACH); t++) {
      if (words.is("medium", doc.tokens().get(t).text())) {
        return true;
      }
    }
    Token v = doc.tokens().get(verb);
    Token c = doc.tokens().get(complement);
    String between = doc.normalized().text().substring(v.end(), c.start());
    return between.indexOf('«') >= 0 || between.indexOf('"') >= 0 || between.indexOf('“') >= 0;
  }

  /**
   * "وقالت مصادر دبلوماسية لصحيفة … إن": a saying verb makes a medium's report only with unnamed
   * sources or reports as its subject, right after it; a named speaker's saying is a statement.
   */
  private static boolean unnamed(Document doc, int verb, int complement, OccasionDates words) {
    for (int t = verb + 1; t < Math.min(complement, verb + 1 + MEDIUM_REACH); t++) {
      if (words.isBare("unnamed", doc.tokens().get(t).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "قالت «الشرق» نقلاً عن مصادر مطلعة إن …"، "وقالت الصحيفة إن …": a saying verb whose subject,
   * right after it, is a medium (a medium word, or a name in quotation marks) makes that medium's
   * report; not a medium after a preposition ("قال الوزير لصحيفة «الشرق» إن …").
   */
  private static boolean mediumSubject(
      Document doc, int verb, int complement, OccasionDates words) {
    if (verb + 1 >= complement) {
      return false;
    }
    Token v = doc.tokens().get(verb);
    Token next = doc.tokens().get(verb + 1);
    String gap = doc.normalized().text().substring(v.end(), next.start());
    return words.isBare("medium", next.text())
        || gap.indexOf('«') >= 0
        || gap.indexOf('"') >= 0
        || gap.indexOf('“') >= 0;
  }

  /** The date phrase between the frame's verb and its "أن": when the report was made. */
  private static DateHit reportPhrase(Document doc, Sentence s, int complement) {
    DateHit found = null;
    for (DateHit h : doc.dates()) {
      if (h.first() >= s.firstToken() && h.end() <= complement) {
        found = h;
      }
    }
    return found;
  }
}
