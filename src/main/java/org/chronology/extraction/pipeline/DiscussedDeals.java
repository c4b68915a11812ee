package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * Talks whose object is a purchase, a sale or a delivery ("وذكرت القناة أن الجانبين بحثا أيضاً صفقة
 * تشتري بموجبها …"، "ناقش الوزيران كذلك إمكانية شراء منظومة …"): the deal is what the talks are
 * about and the news, the guide's deal, as "بحثا صفقة" written together (triggers.tsv); told with
 * the subject, an adverb or a setting between the verb and its object, the verb's own meeting
 * reading covered the word. The object must stand in the verb's clause, before any other verb.
 */
final class DiscussedDeals {

  private DiscussedDeals() {}

  static boolean discussesDeal(
      org.chronology.extraction.lang.Lexicon lexicon,
      Document doc,
      TriggerHit h,
      List<TriggerHit> all) {
    if (h.trigger().type() != EventType.MEETING
        || !h.trigger().form().verbal()
        || !lexicon.is(
            FunctionWord.DISCUSSING,
            Proclitics.withoutConjunction(doc.tokens().get(h.first()).text()))) {
      return false;
    }
    Sentence s = doc.sentences().get(h.sentence());
    int end = Math.min(s.endToken(), h.end() + VerbObjectTriggers.MAX_GAP + 1);
    for (int i = h.end(); i < end; i++) {
      if (s.clauseOf(i) != s.clauseOf(h.first()) || VerbObjectTriggers.startsVerb(all, i)) {
        return false;
      }
      if (lexicon.isBareOrJoined(FunctionWord.DISCUSSED_DEAL, doc.tokens().get(i).text())) {
        return true;
      }
    }
    return false;
  }
}
