package org.chronology.extraction.pipeline;

import java.util.List;
import java.util.Map;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;
import org.chronology.text.TsvResource;

/**
 * Guide, Dates (a relative date is read from the text around it): a happening told in the past
 * perfect ("وكان سانشيز قد زار الرباط في أبريل الماضي", "وقبلها بأشهر كان الرئيس قد زار القاهرة")
 * is background from before the article's news: a noun pointed by a near demonstrative ("خلال هذه
 * الزيارة") names the occasion at hand, not that earlier one.
 */
final class PastPerfect {

  private static final Map<String, List<String>> WORDS =
      TsvResource.byKind("/lang/ar/time/occasion.tsv");

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
  static boolean mayName(Document doc, TriggerHit noun, EventDraft p) {
    return p.type == noun.trigger().type() && !(p.pastPerfect && atHand(doc, noun));
  }

  private static boolean atHand(Document doc, TriggerHit noun) {
    List<String> near = WORDS.getOrDefault("near", List.of());
    return noun.first() > 0
        && near.contains(
            Proclitics.withoutAndOrPreposition(doc.tokens().get(noun.first() - 1).text()));
  }
}
