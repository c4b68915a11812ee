package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;

/**
 * "وعلى هامش القمة، التقى الرئيس التركي نظيره الكازاخي"، "وعلى هامش القمة عقد الزعيمان لقاءً
 * ثنائياً": a gathering's noun right after a word of the sidelines (هامش, function-words.tsv) names
 * where other talks were held. Those talks, told after it, are the clause's happening, and they are
 * not the gathering: the dev conventions keep talks on the sidelines of a summit a meeting of their
 * own, distinct from the summit (and from the visit the summit took the guest on).
 */
final class SidelineTalks {

  private SidelineTalks() {}

  /** {@code setting} is a gathering noun after هامش, and {@code talks} a meeting told after it. */
  static boolean beside(Lexicon lexicon, Document doc, TriggerHit setting, TriggerHit talks) {
    int f = doc.sentences().get(setting.sentence()).firstToken();
    return setting.trigger().type() == EventType.MEETING
        && !setting.trigger().form().verbal()
        && talks.trigger().type() == EventType.MEETING
        && talks.first() >= setting.end()
        && setting.first() > f
        && lexicon.is(FunctionWord.SIDELINES, doc.tokens().get(setting.first() - 1).text());
  }

  /**
   * The draft's talks are told after the sidelines of a gathering its clauses name ("وعلى هامش
   * القمة، التقى …"), with a verb or an indefinite noun of their own: not talks already told, which
   * a definite noun would take up again ("وجاء اللقاء على هامش القمة").
   */
  static boolean heldBeside(Lexicon lexicon, Document doc, EventDraft d) {
    if (d.type != EventType.MEETING
        || d.head == null
        || !d.head.trigger().form().verbal() && d.head.definite()) {
      return false;
    }
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == d.sentence
          && t.first() >= d.first
          && t.first() < d.head.first()
          && beside(lexicon, doc, t, d.head)) {
        return true;
      }
      if (t.sentence() == d.sentence && besideAfter(lexicon, doc, d.head, t)) {
        return true;
      }
    }
    return false;
  }

  /** How far after its verb talks may name the gathering beside which they were held. */
  private static final int AFTER_REACH = 12;

  /**
   * "التقى الرئيس نظيره على هامش القمة"، "بحث الوزير مع نظيره على هامش المنتدى …": talks told by a
   * verb, the gathering's noun after the sidelines word behind them in the same clause. The same
   * sideline talks as the order above, with the verb first, the usual order of news Arabic. Only
   * talks told as held (a past verb): talks still to come on the sidelines ("ومن المقرر أن يلتقي …
   * على هامش القمة") are a stop in the programme of the journey that brings the guest.
   */
  private static boolean besideAfter(
      Lexicon lexicon, Document doc, TriggerHit talks, TriggerHit setting) {
    var s = doc.sentences().get(talks.sentence());
    return talks.trigger().form() == TriggerForm.VERB
        && !talks.future()
        && talks.trigger().type() == EventType.MEETING
        && setting.trigger().type() == EventType.MEETING
        && !setting.trigger().form().verbal()
        && setting.first() > talks.end()
        && setting.first() - talks.end() <= AFTER_REACH
        && s.clauseOf(setting.first()) == s.clauseOf(talks.first())
        && lexicon.is(FunctionWord.SIDELINES, doc.tokens().get(setting.first() - 1).text());
  }
}
