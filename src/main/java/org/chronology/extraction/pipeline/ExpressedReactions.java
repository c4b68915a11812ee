package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * A reaction a party expresses or declares about a happening already told: "وأعربت الخارجية عن خيبة
 * أملها إزاء الزيارة"، "أعرب الوزير عن ترحيب بلاده بالمعاهدة"، "أعلن رئيس البرلمان رفضه المذكرة".
 * The happening's definite noun is what the reaction is about, not what the saying declares: the
 * saying stays the head, a statement of its own (the guide: a reaction that is itself the news).
 * Whether the speaker took part in the happening, and so spoke during it, {@link CoalesceStage}
 * decides as for any saying.
 */
final class ExpressedReactions {

  /** As strong as "أعرب عن" of the lexicon. */
  static final double STRENGTH = 0.6;

  /** How far after the verb its عن may stand: a long subject and an aside ("، في تغريدة،"). */
  static final int REACH = 16;

  private ExpressedReactions() {}

  /**
   * "وأعرب وزير الخارجية …، في تغريدة على تويتر، عن ترحيب أنقرة": a verb of expressing whose
   * reaction's noun after عن stands too far for the lexicon's verb-and-object reading is a saying.
   */
  static List<TriggerHit> find(
      Lexicon lexicon, Document doc, Sentence s, List<TriggerHit> found, boolean[] quoted) {
    var tokens = doc.tokens();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (!lexicon.is(FunctionWord.EXPRESSING, Proclitics.withoutConjunction(tokens.get(i).text()))
          || quoted[i - s.firstToken()]
          || ReactionTriggers.triggered(found, s, i)) {
        continue;
      }
      int to = Math.min(s.endToken() - 1, i + REACH);
      for (int t = i + 1; t < to; t++) {
        if (lexicon.is(FunctionWord.ABOUT, tokens.get(t).text())
            && reaction(lexicon, tokens.get(t + 1).text())) {
          Trigger tr =
              new Trigger(
                  EventType.STATEMENT,
                  tokens.get(i).text(),
                  STRENGTH,
                  TriggerForm.VERB,
                  Role.SPEAKER,
                  null);
          return List.of(new TriggerHit(s.index(), i, i + 1, tr, false, false, false, false));
        }
      }
    }
    return List.of();
  }

  /**
   * {@code noun}, definite or possessed, follows a reaction's noun that the verb expresses or
   * declares ("أعرب … عن قلقه إزاء الزيارة"، "أعلن … رفضه المذكرة").
   */
  static boolean about(Lexicon lexicon, Document doc, TriggerHit verb, TriggerHit noun) {
    var tokens = doc.tokens();
    if (!noun.definite() && !noun.possessive() && !construct(doc, noun)) {
      return false;
    }
    for (int t = verb.first() + 1; t < noun.first(); t++) {
      if (reaction(lexicon, Proclitics.withoutConjunction(tokens.get(t).text()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A clause set off from its verb by an aside ("، في تغريدة على تويتر، عن ترحيب أنقرة بالمعاهدة")
   * opening with عن and a reaction's noun: the happening's definite noun in it is what is reacted
   * to, no head of its own; the clause goes with the saying before it.
   */
  static boolean reactionClause(Lexicon lexicon, Document doc, int first, TriggerHit noun) {
    var tokens = doc.tokens();
    return (noun.definite() || noun.possessive())
        && first + 1 < noun.first()
        && lexicon.is(FunctionWord.ABOUT, Proclitics.withoutConjunction(tokens.get(first).text()))
        && reaction(lexicon, tokens.get(first + 1).text());
  }

  /**
   * The happening's noun made definite by the definite noun it is annexed to ("بقرار استئناف
   * العلاقات"، "بزيارة الرئيس"): in a construct the last word's article makes the whole definite, a
   * happening named, not one the saying tells for the first time.
   */
  static boolean construct(Document doc, TriggerHit noun) {
    var tokens = doc.tokens();
    int last = Math.min(noun.end(), doc.sentences().get(noun.sentence()).endToken() - 1);
    for (int t = noun.first() + 1; t <= last; t++) {
      if (Proclitics.hasArticle(tokens.get(t).text())) {
        return true;
      }
    }
    return false;
  }

  private static boolean reaction(Lexicon lexicon, String w) {
    return lexicon.is(FunctionWord.REACTION_NOUN, w)
        || lexicon.startsWith(FunctionWord.REACTION_NOUN, w);
  }
}
