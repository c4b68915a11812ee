package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * The relative pointing back at what the clause before told, right before a verb: the fixed
 * relatives of the lexicon ("وهو ما"، "الأمر الذي") or a pronoun renaming that happening by a
 * definite noun before its relative pronoun ("وهي الخطوة التي"، "وهو القرار الذي"). A reaction verb
 * after either is another party's word on that happening (the guide: a protest or declaration that
 * is itself the news), as {@link ReactionTriggers} and {@link AnotherHappening} read it.
 */
final class PointingRelatives {

  private PointingRelatives() {}

  /**
   * How many tokens of a pointing-back relative end right before token {@code verb}, not before
   * token {@code from} (the sentence's first); 0 when none does.
   */
  static int before(Lexicon lexicon, Document doc, int from, int verb) {
    var tokens = doc.tokens();
    if (verb - 2 >= from
        && lexicon.is(
            FunctionWord.POINTING_BACK,
            Proclitics.withoutConjunction(tokens.get(verb - 2).text())
                + " "
                + tokens.get(verb - 1).text())) {
      return 2;
    }
    if (verb - 3 >= from
        && lexicon.is(
            FunctionWord.POINTING_PRONOUN,
            Proclitics.withoutConjunction(tokens.get(verb - 3).text()))
        && Proclitics.hasArticle(tokens.get(verb - 2).text())
        && lexicon.is(FunctionWord.RELATIVE, tokens.get(verb - 1).text())) {
      return 3;
    }
    return 0;
  }
}
