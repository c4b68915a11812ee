package org.chronology.extraction.pipeline;

import org.chronology.extraction.ActorKind;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * A state named only as what talks or words are about ("بحثا الأوضاع في ليبيا"، "تطورات الوضع
 * الليبي"، "القضية الفلسطينية") is their subject matter: the guide's actors are those who take part
 * in the happening. A {@code topic} noun stands right before the state's adjective, or before
 * {@code topic-in} and the state's name.
 */
final class TopicStates {

  private TopicStates() {}

  /** Country hit {@code h} is the topic of a situation noun before it in its sentence. */
  static boolean named(Lexicon lexicon, Document doc, ActorHit h, int sentenceStart) {
    if (h.kind() != ActorKind.COUNTRY) {
      return false;
    }
    int before = h.first() - 1;
    if (h.source() != ActorHit.Source.DEMONYM) {
      if (before - 1 < sentenceStart
          || !lexicon.is(FunctionWord.TOPIC_IN, doc.tokens().get(before).text())) {
        return false;
      }
      before--;
    }
    return before >= sentenceStart
        && lexicon.is(
            FunctionWord.TOPIC,
            Proclitics.withoutAndOrPreposition(
                Proclitics.withoutAnd(doc.tokens().get(before).text())));
  }
}
