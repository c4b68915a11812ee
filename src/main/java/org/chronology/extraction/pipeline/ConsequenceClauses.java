package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.Role;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Clause;
import org.chronology.text.Prepositions;
import org.chronology.text.Proclitics;

/**
 * "سيطر جيش جنوب السودان على هجليج، ما دفع البرلمان السوداني إلى إعلان دولة الجنوب عدواً"، "ما اضطر
 * تسيبراس إلى طلب الثقة"، "توقيف الكاتب، ما أثار احتجاج باريس": a clause opened by a relative and a
 * verb of consequence (function-words.tsv: consequence-relative, driven, provoked) with the party
 * it moved named right after the verb tells what that party did in turn. The guide counts one event
 * per happening and a clause with its own happening and actors as a separate event: the act is not
 * the happening that caused it, even when no trigger word names it. Casualties told the same way
 * ("ما أسفر عن مقتل") are the happening itself and are no such clause.
 *
 * <p>Why a class of its own: {@link EventSegmentStage} gives such a clause a head of its own when
 * it has no trigger and keeps it from merging into the segment before; {@link CoalesceStage} keeps
 * it from folding into the happening that caused it; both by the same test.
 */
record ConsequenceClauses(Lexicon lexicon) {

  /** A consequence is told with less certainty than a trigger word of its own. */
  private static final double STRENGTH = 0.5;

  /** How far into its clause the verb of consequence may stand ("وهو ما دفع"، "الأمر الذي دفع"). */
  private static final int OPENER_REACH = 3;

  /** How far after the verb the party driven may start ("ما دفع الرئيس الروسي"). */
  private static final int DOER_REACH = 2;

  /** How far after the party driven its "إلى" may stand. */
  private static final int TO_REACH = 3;

  /**
   * The head of a clause with no trigger of its own that tells what a named party was moved to do:
   * the word after "إلى" (driven, an `other` happening) or the reaction noun (provoked, a
   * statement); null when the clause is no such consequence.
   */
  TriggerHit head(Document doc, int sentence, Clause cl) {
    int v = verb(doc, cl, FunctionWord.DRIVEN);
    if (v >= 0) {
      int d = doerEnd(doc, sentence, v + 1, v + 1 + DOER_REACH);
      if (d < 0) {
        return null;
      }
      for (int j = d; j < Math.min(cl.endToken() - 1, d + TO_REACH); j++) {
        if (Prepositions.isDestination(doc.tokens().get(j).text())) {
          return hit(doc, sentence, j + 1, EventType.OTHER, null);
        }
      }
      return null;
    }
    v = verb(doc, cl, FunctionWord.PROVOKED);
    if (v >= 0 && v + 2 < cl.endToken() && doerEnd(doc, sentence, v + 2, v + 3) >= 0) {
      return hit(doc, sentence, v + 1, EventType.STATEMENT, Role.SPEAKER);
    }
    return null;
  }

  /**
   * {@code later} stands in a consequence clause of its sentence after the clause of {@code
   * earlier}, with the party moved named: another party's act, not a word for the earlier one.
   */
  boolean movedParty(Document doc, TriggerHit earlier, TriggerHit later) {
    if (earlier.sentence() != later.sentence()) {
      return false;
    }
    var s = doc.sentences().get(later.sentence());
    int k = s.clauseOf(later.first());
    if (k <= 0 || s.clauseOf(earlier.first()) >= k) {
      return false;
    }
    Clause c = s.clauses().get(k);
    int v = verb(doc, c, FunctionWord.DRIVEN);
    if (v >= 0 && later.first() > v) {
      return doerEnd(doc, s.index(), v + 1, v + 1 + DOER_REACH) >= 0;
    }
    v = verb(doc, c, FunctionWord.PROVOKED);
    return v >= 0 && later.first() == v + 1 && doerEnd(doc, s.index(), v + 2, v + 3) >= 0;
  }

  /** The verb of {@code kind} after a consequence relative at the clause's opening, or -1. */
  private int verb(Document doc, Clause cl, FunctionWord kind) {
    int last = Math.min(cl.endToken(), cl.firstToken() + OPENER_REACH);
    for (int v = cl.firstToken() + 1; v < last; v++) {
      String rel = doc.tokens().get(v - 1).text();
      if (lexicon.is(kind, doc.tokens().get(v).text())
          && (lexicon.is(FunctionWord.CONSEQUENCE_RELATIVE, rel)
              || lexicon.is(
                  FunctionWord.CONSEQUENCE_RELATIVE, Proclitics.withoutConjunction(rel)))) {
        return v;
      }
    }
    return -1;
  }

  /**
   * The end of an actor of the sentence starting in {@code [from, to)}, or of a place there (a
   * capital standing for its state: "ما دفع موسكو إلى التدخل"), or -1.
   */
  private static int doerEnd(Document doc, int sentence, int from, int to) {
    for (ActorHit a : doc.actors()) {
      if (a.sentence() == sentence && a.first() >= from && a.first() < to) {
        return a.end();
      }
    }
    for (PlaceHit p : doc.places()) {
      if (p.sentence() == sentence && p.first() >= from && p.first() < to) {
        return p.end();
      }
    }
    return -1;
  }

  private static TriggerHit hit(Document doc, int sentence, int at, EventType type, Role subject) {
    Trigger t =
        new Trigger(type, doc.tokens().get(at).text(), STRENGTH, TriggerForm.NOUN, subject, null);
    return new TriggerHit(sentence, at, at + 1, t, false, false, false, false);
  }
}
