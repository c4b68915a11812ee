package org.chronology.extraction.pipeline;

import java.util.EnumSet;
import java.util.Set;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * "وشهد الرئيسان، في ختام المباحثات، توقيع ست مذكرات تفاهم"، "وشهد فلان ونظيره علان التوقيع على
 * الاتفاقية": the subject of a witness verb (function-words.tsv: witness) opening the sentence
 * presides over the signing its object tells; the guide makes the parties of a signing its actors,
 * and the leaders who preside over it are those parties' representatives. The words between the
 * verb and the signing's clause are read as the signing's own.
 */
final class WitnessedSignings {

  /** The acts a leader may witness: signings and the diplomatic steps they seal. */
  private static final Set<EventType> SIGNED = EnumSet.of(EventType.DEAL, EventType.DIPLOMATIC);

  /** How many words the subject and an aside between it and the act may take. */
  private static final int REACH = 12;

  private WitnessedSignings() {}

  /**
   * Where the draft's actors may start: right after a witness verb that opens the sentence, when
   * the draft is a signing whose clause follows it and no other act is told in between (the talks
   * it closes, "في ختام المباحثات", may be); else the draft's first token.
   */
  static int from(Lexicon lexicon, Document doc, Sentence s, EventDraft d) {
    int verb = s.firstToken();
    if (!SIGNED.contains(d.type)
        || d.first <= verb
        || d.first - verb > REACH
        || !lexicon.is(
            FunctionWord.WITNESS, Proclitics.withoutAnd(doc.tokens().get(verb).text()))) {
      return d.first;
    }
    for (EventDraft o : doc.events()) {
      boolean between = o.sentence == d.sentence && o.first < d.first && o.end > verb + 1;
      if (o != d && between && (SIGNED.contains(o.type) || o.head.trigger().form().verbal())) {
        return d.first;
      }
    }
    return verb + 1;
  }
}
