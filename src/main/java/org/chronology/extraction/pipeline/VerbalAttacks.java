package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * An attack in words: "هاجمت طهران الزيارة"، "هاجم الرئيس قرار الحكومة"، "هاجمت إيران الزيارة على
 * لسان المتحدث باسم خارجيتها"، "تصريحات … هاجم فيها السلطات". A verb of attacking whose object is a
 * visit, a decision, a stance or someone's words, or that is said through a spokesman or in a
 * statement, tells a protest (the guide's statement: an accusation or protest that is itself the
 * news), not an assault (incident).
 */
record VerbalAttacks(Lexicon lexicon) {

  /** How many words after the verb its object, or the medium of the saying, may stand. */
  static final int REACH = 8;

  /**
   * How far before "هاجم فيها" the words it points back at may stand: a long name and a date
   * between ("تصريحات رئيس الوزراء التركي رجب طيب أردوغان يوم الخميس الماضي، التي هاجم فيها").
   */
  static final int BACK_REACH = 16;

  /** The statement head for an attacking verb read as an attack in words, else null. */
  TriggerHit head(Document doc, Sentence s, TriggerHit verb) {
    if (verb.trigger().type() != EventType.INCIDENT
        || !verb.trigger().form().verbal()
        || verb.end() != verb.first() + 1
        || !lexicon.is(
            FunctionWord.VERBAL_ATTACK,
            Proclitics.withoutConjunction(doc.tokens().get(verb.first()).text()))
        || !inWords(doc, s, verb)) {
      return null;
    }
    Trigger t = verb.trigger();
    Trigger said =
        new Trigger(EventType.STATEMENT, t.phrase(), t.strength(), t.form(), Role.SPEAKER, null);
    return new TriggerHit(
        verb.sentence(),
        verb.first(),
        verb.end(),
        said,
        verb.future(),
        verb.definite(),
        verb.possessive(),
        verb.inQuote());
  }

  private boolean inWords(Document doc, Sentence s, TriggerHit verb) {
    var tokens = doc.tokens();
    int after = verb.end();
    if (after < s.endToken()
        && lexicon.is(FunctionWord.VERBAL_ATTACK_IN, tokens.get(after).text())) {
      // "التصريحات التي هاجم فيها": the attack made in words told before it
      for (int i = Math.max(s.firstToken(), verb.first() - BACK_REACH); i < verb.first(); i++) {
        if (attackedWord(doc, i)) {
          return true;
        }
      }
    }
    for (int i = after; i < Math.min(s.endToken(), after + REACH); i++) {
      String w = tokens.get(i).text();
      if (i + 1 < s.endToken()
          && lexicon.is(FunctionWord.VERBAL_ATTACK_BY, w + " " + tokens.get(i + 1).text())) {
        return true; // "على لسان المتحدث"، "في بيان"
      }
      if (Prepositions.isFree(w)
          || lexicon.is(FunctionWord.COMPLEMENTIZER, w)
          || lexicon.isBareOrJoined(FunctionWord.VERBAL_ATTACK_END, w)) {
        return false; // "هاجم مسلحون الموكب خلال الزيارة": the visit is no object
      }
      if (attackedWord(doc, i)) {
        return true;
      }
    }
    return false;
  }

  /** A visit, decision, stance or words: what may be attacked only in words. */
  private boolean attackedWord(Document doc, int i) {
    for (var form : doc.forms().of(i)) {
      if (lexicon.is(FunctionWord.ATTACKED_WORD, form.text())
          || lexicon.startsWith(FunctionWord.ATTACKED_WORD, form.text())) {
        return true;
      }
    }
    return false;
  }
}
