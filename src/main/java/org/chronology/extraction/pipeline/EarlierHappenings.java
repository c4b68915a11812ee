package org.chronology.extraction.pipeline;

import org.chronology.extraction.ActorKind;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * "توجه الوزير إلى كمبالا، بعد انسحاب القوات من الحدود في يناير الماضي": a happening named right
 * after a word of sequence (بعد، منذ، إثر) came before the one told ahead of the word, and its date
 * phrase times it, in the clause the word opens (the guide's Dates: a phrase is resolved against
 * what it times), so the earlier happening's day is not carried back to the later one.
 */
final class EarlierHappenings {

  /** How many words after the word of sequence the earlier happening's word may stand. */
  private static final int NAMED_WITHIN = 2;

  private EarlierHappenings() {}

  /**
   * "توجه الوزير إلى كمبالا، بعد انسحاب القوات من الحدود في يناير": e is named right after a word
   * of sequence, so it came before the happening told ahead of it, whose day it does not give.
   */
  static boolean opened(Lexicon lexicon, Document doc, EventDraft e) {
    int head = e.head.first();
    for (int t = head - 1; t >= Math.max(0, head - NAMED_WITHIN); t--) {
      if (!OccasionDates.sameClause(doc, t, head)) {
        return false;
      }
      String w = doc.tokens().get(t).text();
      if (lexicon.isBareOrJoined(FunctionWord.SEQUENCE, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "وتأتي الزيارة بعد توقيع البلدين اتفاقية للربط الكهربائي في أيار الماضي": a sentence opening
   * with a framing verb names, after a word of sequence, the earlier happening with a date of its
   * own; told before in the article (p, earlier sentence) with that type and status, a date that
   * agrees and the states it names, it is that happening again (the guide: one happening, one
   * event), not a second one.
   */
  static boolean framedTelling(Lexicon lexicon, Document doc, EventDraft p, EventDraft e) {
    if (p.sentence >= e.sentence
        || p.type != e.type
        || p.status != e.status
        || !p.ownDate
        || !e.ownDate
        || !OccasionDates.resolved(p)
        || !OccasionDates.resolved(e)
        || !DraftComparisons.datesCompatible(p, e)
        || !opened(lexicon, doc, e)) {
      return false;
    }
    String first = doc.tokens().get(doc.sentences().get(e.sentence).firstToken()).text();
    if (!lexicon.isBareOrJoined(FunctionWord.FRAMING, first)) {
      return false;
    }
    boolean named = false;
    for (ResolvedActor a : e.actors) {
      if (a.kind() == ActorKind.COUNTRY) {
        if (!DraftComparisons.among(a, p.actors)) {
          return false;
        }
        named = true;
      }
    }
    return named;
  }
}
