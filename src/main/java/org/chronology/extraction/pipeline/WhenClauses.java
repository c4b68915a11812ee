package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * "وهذا أول لقاء بينهما منذ سبتمبر 2021، حين استقبله الرئيس في القاهرة": a clause opened by "when"
 * right after a date phrase tells what happened at that date, so the act it tells is dated by the
 * phrase (guide, Dates: the date of the event's own clauses), though the phrase stands in the
 * clause before it.
 */
final class WhenClauses {

  /** How many words before the act's head "when" may open its clause ("حين قام الرئيس بزيارة"). */
  private static final int WHEN_REACH = 3;

  private WhenClauses() {}

  /**
   * Dates the events left without a date of their own, or with only one relative to another
   * happening ("حين استقبله السيسي قبل أشهر من موعد الانتخابات"), by the phrase before their
   * "when". Run once the events are settled: a date does not change which are kept or merged.
   */
  static void apply(Lexicon lexicon, Document doc) {
    for (EventDraft d : doc.events()) {
      if (d.date != null && d.date.expression().anchor() == null) {
        continue;
      }
      DateHit when = date(lexicon, doc, d, doc.dates());
      if (when != null) {
        d.date = when;
        d.ownDate = true;
      }
    }
  }

  /** The date phrase that ends right before the "when" opening d's clause, or null. */
  static DateHit date(Lexicon lexicon, Document doc, EventDraft d, List<DateHit> dates) {
    int h = d.head.first();
    for (int w = h - 1; w >= Math.max(0, h - WHEN_REACH); w--) {
      String word = Proclitics.withoutConjunction(doc.tokens().get(w).text());
      if (!lexicon.is(FunctionWord.WHEN_THEN, word)) {
        continue;
      }
      if (!OccasionDates.sameClause(doc, w, h)) {
        return null;
      }
      for (DateHit x : dates) {
        if (x.end() <= w
            && onlyMarksBetween(doc, x.end(), w)
            && x.expression().start() != null
            && x.expression().anchor() == null) {
          return x;
        }
      }
      return null;
    }
    return null;
  }

  /** Only punctuation (the comma before "when") stands on the tokens {@code [from, to)}. */
  private static boolean onlyMarksBetween(Document doc, int from, int to) {
    for (int t = from; t < to; t++) {
      String w = doc.tokens().get(t).text();
      if (w.chars().anyMatch(Character::isLetterOrDigit)) {
        return false;
      }
    }
    return to - from <= 1;
  }
}
