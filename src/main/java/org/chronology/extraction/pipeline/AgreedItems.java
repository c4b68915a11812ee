package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Clause;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * "اتفق الجانبان على استئناف رحلات القطار المباشرة، وعلى فتح معابر حدودية إضافية": steps agreed on
 * and listed one after another, each after its own "على" (the later ones in a clause opened by
 * "وعلى"), are as many happenings; the guide counts one event per happening, with its own date and
 * status ("اعتباراً من يونيو المقبل"). The first step is told by the agreement verb (a deal, as
 * {@link AgreementTriggers} types it) unless a trigger of its clause names it; a later step by its
 * own trigger, else by the word after "وعلى" (an `other` happening).
 *
 * <p>Why a class of its own: {@link EventSegmentStage} joins a clause without a trigger, or with
 * one of the same type, to the draft before it, and {@link CoalesceStage} folds a same-sentence
 * draft into the one before; both must leave such a list apart, by the same test.
 */
final class AgreedItems {

  private AgreedItems() {}

  /**
   * The drafts for clause {@code cl} when it opens a further step agreed on (and, when no draft of
   * the sentence stands before it, for the first step too), or null when it opens none.
   */
  static List<EventDraft> drafts(
      Lexicon lexicon,
      Document doc,
      Sentence s,
      Clause cl,
      TriggerHit head,
      List<EventDraft> before,
      int pendingFrom) {
    int verb = opens(lexicon, doc, s, cl.firstToken());
    if (verb < 0 || cl.firstToken() + 1 >= cl.endToken()) {
      return null;
    }
    List<EventDraft> out = new ArrayList<>();
    if (before.isEmpty()) {
      out.add(
          EventSegmentStage.draft(
              s, hit(s, verb, EventType.DEAL, doc), pendingFrom, cl.firstToken()));
    }
    TriggerHit h = head != null ? head : hit(s, cl.firstToken() + 1, EventType.OTHER, doc);
    out.add(EventSegmentStage.draft(s, h, cl.firstToken(), cl.endToken()));
    return out;
  }

  /** Draft {@code e} is a further step agreed on in its sentence ({@link #drafts}). */
  static boolean furtherStep(Lexicon lexicon, Document doc, EventDraft e) {
    return opens(lexicon, doc, doc.sentences().get(e.sentence), e.first) >= 0;
  }

  /**
   * A further step agreed on is agreed by the same sides on the same day as the step before it in
   * its sentence ("اتفق الزعيمان أمس على …، وعلى رفع القيود"): it takes their names, and their date
   * when it has none of its own.
   */
  static void shareAgreement(Lexicon lexicon, Document doc, EventDraft earlier, EventDraft later) {
    if (earlier.sentence != later.sentence || !furtherStep(lexicon, doc, later)) {
      return;
    }
    DraftComparisons.takeSidesAndDay(earlier, later);
  }

  /**
   * Where the verb of agreeing stands whose list token {@code first} continues: {@code first} is
   * "وعلى" opening a clause, and before it in the sentence a verb of agreeing (not "الذي اتفق" nor
   * "اتفق عليه") with "على" after it; -1 otherwise.
   */
  private static int opens(Lexicon lexicon, Document doc, Sentence s, int first) {
    String w = doc.tokens().get(first).text();
    if (first <= s.firstToken()
        || first >= s.endToken()
        || !Proclitics.startsWithAnd(w)
        || !lexicon.is(FunctionWord.AGREED_ON, Proclitics.withoutConjunction(w))
        || s.clauseOf(first) <= 0
        || s.clauses().get(s.clauseOf(first)).firstToken() != first) {
      return -1;
    }
    for (int i = first - 1; i >= s.firstToken(); i--) {
      if (agreeing(lexicon, doc, i)) {
        boolean relative =
            i > s.firstToken() && lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(i - 1).text());
        return !relative && onAfter(lexicon, doc, i + 1, first) ? i : -1;
      }
    }
    return -1;
  }

  private static boolean agreeing(Lexicon lexicon, Document doc, int i) {
    for (Proclitics.Form form : doc.forms().of(i)) {
      if (!form.future() && lexicon.is(FunctionWord.AGREED, form.text())) {
        return true;
      }
    }
    return false;
  }

  /** A bare "على" after the verb (its first step), not "عليه" (what was agreed, named before). */
  private static boolean onAfter(Lexicon lexicon, Document doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (lexicon.is(FunctionWord.AGREED_ON, doc.tokens().get(i).text())) {
        return true;
      }
    }
    return false;
  }

  private static TriggerHit hit(Sentence s, int word, EventType type, Document doc) {
    Trigger t =
        new Trigger(
            type,
            doc.tokens().get(word).text(),
            AgreementTriggers.STRENGTH,
            type == EventType.DEAL ? TriggerForm.VERB : TriggerForm.NOUN,
            Role.PARTICIPANT,
            Role.PARTICIPANT);
    return new TriggerHit(s.index(), word, word + 1, t, false, false, false, false);
  }
}
