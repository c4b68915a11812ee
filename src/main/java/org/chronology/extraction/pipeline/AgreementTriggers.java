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
 * An agreement told by its verb alone: "واتفق الجانبان على بدء تطبيق قرار إعفاء السلع …" is a deal
 * (the guide's "agreement"). Only when no other trigger stands in the sentence: "اتفقتا على استئناف
 * العلاقات" or "اتفقا على عقد اجتماع" are the relations or the meeting agreed on, told by their own
 * words. A verb of announcing is no such trigger ("أعلن الوزير أن بلاده اتفقت مع … على تزويدها
 * بطائرات"): the guide types what is announced by the act, so the agreement announced is a deal; a
 * verb of saying (قال) still leaves the saying as it was. "ما اتفق عليه الرئيسان" (what was agreed,
 * with "on it" after the verb) refers back to an agreement already told.
 */
final class AgreementTriggers {

  /** Weaker than every noun of a happening, so a later reading never prefers it. */
  static final double STRENGTH = 0.55;

  private AgreementTriggers() {}

  static List<TriggerHit> find(
      Lexicon lexicon, Document doc, Sentence s, List<TriggerHit> found, boolean[] quoted) {
    for (TriggerHit h : found) {
      if (h.sentence() == s.index()
          && !(h.trigger().type() == EventType.STATEMENT
              && lexicon.is(
                  FunctionWord.ANNOUNCE,
                  Proclitics.withoutConjunction(doc.tokens().get(h.first()).text())))) {
        return List.of();
      }
    }
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      for (Proclitics.Form form : doc.forms().of(i)) {
        if (!form.future()
            && lexicon.is(FunctionWord.AGREED, form.text())
            && !refersBack(lexicon, doc, s, i)) {
          Trigger t =
              new Trigger(
                  EventType.DEAL,
                  form.text(),
                  STRENGTH,
                  TriggerForm.VERB,
                  Role.PARTICIPANT,
                  Role.PARTICIPANT);
          return List.of(
              new TriggerHit(
                  s.index(), i, i + 1, t, false, false, false, quoted[i - s.firstToken()]));
        }
      }
    }
    return List.of();
  }

  /** In a relative clause ("الذي اتفق") or with "on it" after it ("اتفق عليه"). */
  private static boolean refersBack(Lexicon lexicon, Document doc, Sentence s, int i) {
    if (i > s.firstToken() && lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(i - 1).text())) {
      return true;
    }
    return i + 1 < s.endToken() && lexicon.is(FunctionWord.ON_IT, doc.tokens().get(i + 1).text());
  }
}
