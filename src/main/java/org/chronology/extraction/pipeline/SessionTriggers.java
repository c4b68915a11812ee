package org.chronology.extraction.pipeline;

import java.util.ArrayList;
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
 * A numbered session of a standing joint body ("اختتمت أمس أعمال الدورة الثانية للجنة المشتركة"،
 * "وكانت الدورة الخامسة للجنة العليا قد عقدت في القاهرة"): a sitting of that body, the guide's
 * meeting. The session noun alone is no trigger (a tournament, a training course, a term of
 * office): only with the body named right after it, behind its ordinal.
 */
final class SessionTriggers {

  /** Weaker than a meeting's own noun (اجتماع): the session names the sitting indirectly. */
  static final double STRENGTH = 0.6;

  /** How far after the session noun its body may stand (the ordinal between: الحادية عشرة). */
  private static final int BODY_REACH = 4;

  private SessionTriggers() {}

  static List<TriggerHit> find(
      Lexicon lexicon, Document doc, Sentence s, List<TriggerHit> found, boolean[] quoted) {
    List<TriggerHit> out = new ArrayList<>();
    var tokens = doc.tokens();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      String word = Proclitics.withoutConjunction(tokens.get(i).text());
      if (!lexicon.is(FunctionWord.SESSION, word)
          || VerbObjectTriggers.covered(found, i)
          || !bodyFollows(lexicon, doc, s, i)) {
        continue;
      }
      Trigger t =
          new Trigger(
              EventType.MEETING,
              word,
              STRENGTH,
              TriggerForm.NOUN,
              Role.PARTICIPANT,
              Role.PARTICIPANT);
      out.add(
          new TriggerHit(
              s.index(),
              i,
              i + 1,
              t,
              false,
              Proclitics.hasArticle(word),
              false,
              quoted[i - s.firstToken()]));
    }
    return out;
  }

  private static boolean bodyFollows(Lexicon lexicon, Document doc, Sentence s, int i) {
    int clause = s.clauseOf(i);
    for (int j = i + 1; j < Math.min(s.endToken(), i + 1 + BODY_REACH); j++) {
      if (s.clauseOf(j) != clause) {
        return false;
      }
      if (lexicon.is(FunctionWord.STANDING_BODY, doc.tokens().get(j).text())) {
        return true;
      }
    }
    return false;
  }
}
