package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * An arrival told by a verb whose place follows with an attached preposition ("الذي حلّ بتونس
 * للمشاركة في القمة"، "وحلّ رئيس الحكومة الإسبانية بعد ظهر الثلاثاء بمدينتي سبتة ومليلية"، headline
 * "وسانشيز يحل بسبتة"): the traveller arrived, the guide's visit, as وصل إلى. The verb is also the
 * noun "solution" (التوصل إلى حل، لحل الأزمة), so it counts only as a bare verb (no article, no
 * preposition attached or before it) with a known place, a state or a place noun (بمدينة، بالعاصمة)
 * behind the preposition in its clause, the subject and a date between.
 */
final class ArrivalTriggers {

  /** As strong as the guest's arrival of the lexicon (حل ضيفاً). */
  static final double STRENGTH = 0.75;

  private ArrivalTriggers() {}

  static List<TriggerHit> find(
      Lexicon lexicon, Document doc, Sentence s, List<TriggerHit> found, boolean[] quoted) {
    List<TriggerHit> out = new ArrayList<>();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      String word = Proclitics.withoutConjunction(doc.tokens().get(i).text());
      boolean past = lexicon.is(FunctionWord.ARRIVAL, word);
      if (!past && !lexicon.is(FunctionWord.ARRIVAL_PRESENT, word)
          || VerbObjectTriggers.covered(found, i)
          || i > s.firstToken() && Prepositions.isFree(doc.tokens().get(i - 1).text())
          || !placeFollows(lexicon, doc, s, found, i)) {
        continue;
      }
      Trigger t =
          new Trigger(
              EventType.VISIT,
              word,
              STRENGTH,
              past ? TriggerForm.VERB : TriggerForm.PRESENT,
              Role.VISITOR,
              Role.HOST);
      out.add(
          new TriggerHit(s.index(), i, i + 1, t, false, false, false, quoted[i - s.firstToken()]));
    }
    return out;
  }

  /**
   * A place of arrival behind the preposition, in the verb's clause, before any other verb. A date
   * set off by commas ("حلّ الملك، مساء أمس الأحد، بمدينة طنجة") neither ends the clause nor counts
   * among the words between, as for the verbs whose object follows (VerbObjectTriggers).
   */
  private static boolean placeFollows(
      Lexicon lexicon, Document doc, Sentence s, List<TriggerHit> found, int verb) {
    VerbObjectTriggers.Reach reach = VerbObjectTriggers.Reach.of(lexicon, doc, s);
    int end = reach.clauseEnd(verb);
    String p = lexicon.word(FunctionWord.ARRIVAL_PREPOSITION);
    int between = 0;
    for (int j = verb + 1; j < end && between <= VerbObjectTriggers.MAX_GAP; j++) {
      if (!reach.aside(j)) {
        between++;
      }
      if (VerbObjectTriggers.startsVerb(found, j)) {
        return false; // another verb: the place belongs to it
      }
      String w = Proclitics.withoutConjunction(doc.tokens().get(j).text());
      if (!w.startsWith(p) || w.length() <= p.length()) {
        continue;
      }
      String rest = w.substring(p.length());
      if (lexicon.is(FunctionWord.PLACE_NOUN, rest)
          || behind(lexicon.places().longestAt(doc.tokens(), doc.forms(), j, s.endToken()))
          || behind(lexicon.stateNames().longestAt(doc.tokens(), doc.forms(), j, s.endToken()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name read behind the preposition ("بتونس"), not a name that opens with its letter (بغداد).
   */
  private static boolean behind(org.chronology.text.PhraseMatcher.Match<?> m) {
    return m != null && m.form() != null && m.form().preposition();
  }
}
