package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * Guide, Dates (a relative date is read from the text around it): a happening told in the past
 * perfect ("وكان سانشيز قد زار الرباط في أبريل الماضي", "وقبلها بأشهر كان الرئيس قد زار القاهرة")
 * is background from before the article's news: a noun pointed by a near demonstrative ("خلال هذه
 * الزيارة") names the occasion at hand, not that earlier one.
 */
final class PastPerfect {

  private PastPerfect() {}

  /** A perfect particle right before the head, after a "was" word earlier in the sentence. */
  static boolean told(Lexicon lexicon, Document doc, EventDraft d) {
    int h = d.head.first();
    Sentence s = doc.sentences().get(d.sentence);
    if (h <= s.firstToken() || !lexicon.is(FunctionWord.PERFECT, doc.tokens().get(h - 1).text())) {
      return false;
    }
    for (int t = s.firstToken(); t < h - 1; t++) {
      if (lexicon.is(FunctionWord.WAS, Proclitics.withoutAnd(doc.tokens().get(t).text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The noun may name the happening p: one of its type, not one told in the past perfect when a
   * near demonstrative points at the noun ("هذه الزيارة", "هذا اللقاء").
   */
  static boolean mayName(OccasionDates words, Document doc, TriggerHit noun, EventDraft p) {
    return p.type == noun.trigger().type()
        && !(p.pastPerfect
            && noun.first() > 0
            && words.is("near", doc.tokens().get(noun.first() - 1).text()));
  }
}
