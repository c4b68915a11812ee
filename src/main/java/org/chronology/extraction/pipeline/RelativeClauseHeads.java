package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;

/**
 * A verb right after a relative pronoun ("… ترحيل عشرات المهاجرين الذين رُفضت طلباتهم") tells of
 * the noun before the pronoun, not the happening the clause reports: when that noun is a person, a
 * place or a thing (no trigger of its own) and a trigger of another type stands before it in the
 * draft, that trigger heads the draft and gives its type (the guide: one event is one happening,
 * typed by what happened). A relative clause on a happening's noun ("الهجوم الذي استهدف …") tells
 * that happening and keeps its verb, and a guest "who arrived" ("استقبل نظيره الذي وصل إلى البلاد")
 * is the visit the talks belong to.
 */
record RelativeClauseHeads(Lexicon lexicon) {

  /** Tokens that may stand between the pronoun and its verb ("التي لا يعترف بها"). */
  private static final int PARTICLES = 1;

  void apply(Document doc) {
    for (EventDraft d : doc.events()) {
      TriggerHit h = d.head;
      if (!h.trigger().form().verbal() || d.type == EventType.VISIT) {
        continue;
      }
      int rel = relativeBefore(doc, d, h.first());
      if (rel < 0 || happeningBefore(doc, d, rel)) {
        continue;
      }
      TriggerHit main = null;
      for (TriggerHit t : doc.triggers()) {
        if (t.sentence() == d.sentence
            && t.first() >= d.first
            && t.end() <= rel
            && !t.inQuote()
            && t.trigger().form() != TriggerForm.FRAME
            && t.trigger().type() != d.type) {
          main = t; // the nearest one before the pronoun
        }
      }
      if (main == null || headsAnother(doc, d, main)) {
        continue;
      }
      d.head = main;
      d.type = main.trigger().type();
    }
  }

  /** The relative pronoun right before the verb at {@code verb}, or a negation between; else -1. */
  private int relativeBefore(Document doc, EventDraft d, int verb) {
    var tokens = doc.tokens();
    for (int k = 1; k <= 1 + PARTICLES && verb - k > d.first; k++) {
      String w = Proclitics.withoutConjunction(tokens.get(verb - k).text());
      if (lexicon.is(FunctionWord.RELATIVE, w)) {
        return verb - k;
      }
      if (!lexicon.is(FunctionWord.NEGATION, w)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A trigger ends right before the pronoun or one word before it (a happening and its adjective).
   */
  private static boolean happeningBefore(Document doc, EventDraft d, int rel) {
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == d.sentence && t.end() <= rel && t.end() >= rel - 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean headsAnother(Document doc, EventDraft d, TriggerHit t) {
    for (EventDraft o : doc.events()) {
      if (o != d && o.sentence == d.sentence && o.head.first() == t.first()) {
        return true;
      }
    }
    return false;
  }
}
