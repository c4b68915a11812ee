package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * A declaration of what will be done is that act to come ("وأعلنت الشركة أنها ستبدأ أعمال الحفر
 * خلال العام المقبل"، "أفادت الصحيفة أن أول رحلة ستقلع يوم 16 من الشهر المقبل"): when the status
 * already reads the statement as planned (its complement's future verb, or the coming time that
 * dates it), the sentence reports the act, not the saying (the guide: the type is the happening,
 * planned for what is scheduled). The act takes the type of the first trigger of another type in
 * the complement, a meeting when its verb is one of holding ("أن الحكومة ستعقد جلسة"), and is other
 * when nothing names it. A complement whose future verb only weighs a step ("أنها ستدرس الإجراءات")
 * tells a position and stays a statement; so does one whose act is an event of its own, and a
 * declaration dated by its occasion ("وعقب انتهاء المحادثات، أعلن الوزير أن بلاده ستفرج …"), which
 * is that occasion's news: only an undated one, or one whose date stands in the complement (the
 * act's own time), is the act.
 */
record DeclaredPlans(Lexicon lexicon) {

  /**
   * How far after the saying verb the complementizer may stand (subject, date and place between).
   */
  private static final int COMPLEMENT_REACH = 16;

  /** How far after the complementizer the future verb may stand (its subject between). */
  private static final int VERB_REACH = 8;

  void apply(Document doc, EventDraft e) {
    if (e.type != EventType.STATEMENT
        || e.status != EventStatus.PLANNED
        || e.head.future()
        || e.head.trigger().form() == TriggerForm.NOUN
        || e.head.trigger().form() == TriggerForm.PRESENT) {
      return;
    }
    Sentence s = doc.sentences().get(e.sentence);
    var tokens = doc.tokens();
    int end = Math.min(s.endToken(), e.head.end() + COMPLEMENT_REACH);
    for (int c = e.head.end(); c < end; c++) {
      String w = tokens.get(c).text();
      if (!lexicon.is(FunctionWord.COMPLEMENTIZER, w) && !lexicon.is(FunctionWord.SAID_THAT, w)) {
        continue;
      }
      for (int v = c + 1; v < s.endToken() && v <= c + VERB_REACH; v++) {
        if (s.clauseOf(v) != s.clauseOf(c + 1)) {
          return;
        }
        if (futureVerb(lexicon, tokens.get(v).text())) {
          if (e.date == null || e.date.first() > c && e.date.first() < s.endToken()) {
            retype(doc, s, e, c, v);
          }
          return;
        }
      }
      return;
    }
  }

  private void retype(Document doc, Sentence s, EventDraft e, int complementizer, int verb) {
    String bare = Proclitics.withoutAnd(doc.tokens().get(verb).text()).substring(1);
    if (lexicon.is(FunctionWord.WEIGHING, bare)) {
      return;
    }
    for (EventDraft o : doc.events()) {
      if (o != e && o.sentence == e.sentence && o.head.first() > complementizer) {
        return;
      }
    }
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() != e.sentence
          || t.first() <= complementizer
          || s.clauseOf(t.first()) != s.clauseOf(verb)) {
        continue;
      }
      if (t.inQuote()) {
        return;
      }
      if (t.trigger().type() != EventType.STATEMENT) {
        e.type = t.trigger().type();
        e.head = t;
        return;
      }
    }
    e.type = lexicon.is(FunctionWord.PLAN_HOLD, bare) ? EventType.MEETING : EventType.OTHER;
  }

  /** "ستبدأ"، "سيعاد": the future prefix before a present prefix, not a word that begins so. */
  static boolean futureVerb(Lexicon lexicon, String token) {
    String w = Proclitics.withoutAnd(token);
    return w.length() >= 5
        && lexicon.is(FunctionWord.FUTURE_PREFIX, w.substring(0, 1))
        && lexicon.is(FunctionWord.PRESENT_PREFIX, w.substring(1, 2))
        && !lexicon.is(FunctionWord.NOT_FUTURE, w)
        && !lexicon.is(FunctionWord.PLAN_NOT, w.substring(1));
  }
}
