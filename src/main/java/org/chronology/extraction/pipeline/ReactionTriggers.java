package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Sentence;

/**
 * Another party's reaction told in a relative clause pointing back at the happening before it:
 * "وقعت الكويت والسعودية محضراً لتطوير الحقل، وهو ما وصفته طهران حينها بأنه غير قانوني"، "اتهم
 * المندوب الإمارات أمام مجلس الأمن، وهو ما رد عليه نظيره في الجلسة نفسها". The verb of judging or
 * answering after the relative (وهو ما، الأمر الذي) is a statement of the party named after it, a
 * happening of its own (the guide: a declaration or protest that is itself the news). Not when
 * unnamed commentators judge ("وهو ما اعتبره محللون مؤشراً"): a view, no happening.
 */
final class ReactionTriggers {

  /** As strong as the denials of the lexicon that point back (نفته، رفضته). */
  static final double STRENGTH = 0.6;

  private ReactionTriggers() {}

  static List<TriggerHit> find(
      Lexicon lexicon, Document doc, Sentence s, List<TriggerHit> found, boolean[] quoted) {
    var tokens = doc.tokens();
    for (int verb = s.firstToken() + 2; verb + 1 < s.endToken(); verb++) {
      if (PointingRelatives.before(lexicon, doc, s.firstToken(), verb) == 0) {
        continue;
      }
      int end = verb + 1;
      if (!lexicon.is(FunctionWord.REACTION_BACK, tokens.get(verb).text())) {
        end = verb + 2;
        if (!lexicon.is(
            FunctionWord.REACTION_BACK,
            tokens.get(verb).text() + " " + tokens.get(verb + 1).text())) {
          continue;
        }
      }
      if (end >= s.endToken()
          || quoted[verb - s.firstToken()]
          || lexicon.is(FunctionWord.COMMENTATOR, tokens.get(end).text())
          || triggered(found, s, verb)
          || toldAfter(found, s, end)) {
        continue;
      }
      Trigger t =
          new Trigger(
              EventType.STATEMENT,
              tokens.get(verb).text(),
              STRENGTH,
              TriggerForm.VERB,
              Role.SPEAKER,
              Role.TARGET);
      return List.of(new TriggerHit(s.index(), verb, end, t, false, false, false, false));
    }
    return List.of();
  }

  /**
   * A trigger of the lexicon tells the reaction itself ("وهو ما ردت عليه الجزائر باستدعاء
   * سفيريها"): that act is the event, read as usual.
   */
  private static boolean toldAfter(List<TriggerHit> found, Sentence s, int from) {
    for (TriggerHit h : found) {
      if (h.sentence() == s.index() && h.first() >= from) {
        return true;
      }
    }
    return false;
  }

  /** A trigger found in {@code s} already stands on the word at {@code verb} (نفته is one). */
  static boolean triggered(List<TriggerHit> found, Sentence s, int verb) {
    for (TriggerHit h : found) {
      if (h.sentence() == s.index() && h.first() <= verb && verb < h.end()) {
        return true;
      }
    }
    return false;
  }
}
