package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Sentence;

/**
 * A treaty or agreement named as ratified, approved, suspended or sent to ratification: a step in
 * the relations between states (diplomatic), not the deal signed before it.
 */
record Ratifications(Lexicon lexicon) {

  /**
   * How far before an agreement its ratification may be named ("صادق البرلمان بغرفتيه، أمس
   * الأربعاء، على اتفاقية").
   */
  private static final int RATIFIED_REACH = 8;

  /**
   * How far before "على" and the agreement the approval may stand when a date and a long name lie
   * between ("وافق مجلس النواب في جلسته العامة يوم 14 يونيو الجاري على الاتفاقية").
   */
  private static final int RATIFIED_ON_REACH = 14;

  /** How far after a treaty its ratification may be named ("المعاهدة على برلمانيهما للمصادقة"). */
  private static final int RATIFIED_AFTER_REACH = 4;

  /**
   * A treaty named by its noun and, right after it in its clause, the ratification it goes to
   * ("يعرض الرئيسان المعاهدة على برلمانيهما للمصادقة"): the step told is the ratification.
   */
  private boolean submittedForRatification(Document doc, Sentence s, TriggerHit head) {
    if (head.trigger().form().verbal()) {
      return false;
    }
    int clause = s.clauseOf(head.first());
    for (int i = head.end(); i < Math.min(s.endToken(), head.end() + RATIFIED_AFTER_REACH); i++) {
      if (s.clauseOf(i) != clause) {
        return false;
      }
      if (reads(doc, FunctionWord.RATIFICATION, i)) {
        return true;
      }
    }
    return false;
  }

  /** How far before a treaty its suspension may be named ("التعليق الفوري لمعاهدة الصداقة"). */
  private static final int SUSPENDED_REACH = 3;

  /**
   * A treaty or agreement between states suspended or frozen is a step in their relations, as a
   * withdrawal from it is (diplomatic); the document itself was signed before.
   */
  private boolean suspended(Document doc, Sentence s, TriggerHit head) {
    if (!reads(doc, FunctionWord.DOCUMENT, head.first())) {
      return false;
    }
    for (int i = head.first() - 1;
        i >= Math.max(s.firstToken(), head.first() - SUSPENDED_REACH);
        i--) {
      if (reads(doc, FunctionWord.SUSPENSION, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A treaty or agreement ratified or approved by a parliament or a head of state ("صادق البرلمان
   * على الاتفاقية"، "بتصديق الرئيس على اتفاقية الحدود"، "وصادق عليها مجلس النواب") is a step in
   * relations between states (diplomatic), not the deal itself, which was signed before. Approved
   * is only a signed document: a party agreeing to buy or supply ("وافقت على شراء") makes the deal.
   */
  boolean of(Document doc, Sentence s, TriggerHit head, List<TriggerHit> trig) {
    if (head.trigger().type() == EventType.DEAL) {
      int reach =
          head.first() > s.firstToken() && reads(doc, FunctionWord.SIGNED_ON, head.first() - 1)
              ? RATIFIED_ON_REACH
              : RATIFIED_REACH;
      boolean document = reads(doc, FunctionWord.DOCUMENT, head.first());
      for (int i = head.first() - 1; i >= Math.max(s.firstToken(), head.first() - reach); i--) {
        if (document && reads(doc, FunctionWord.APPROVAL, i)
            || reads(doc, FunctionWord.RATIFICATION, i)) {
          return true; // not "وافقت أذربيجان على شراء طائرات": consent to a purchase is the deal
        }
      }
      return suspended(doc, s, head) || submittedForRatification(doc, s, head);
    }
    if (!head.trigger().form().verbal() || !reads(doc, FunctionWord.APPROVAL, head.first())) {
      return false;
    }
    if (approvesDocument(doc, head, trig)) {
      return true; // "صادق مجلس الوزراء، في جلسته أمس، على مذكرات التفاهم الموقعة مع …"
    }
    if (head.end() >= s.endToken()
        || !lexicon.is(FunctionWord.ON_IT, doc.tokens().get(head.end()).text())) {
      return false;
    }
    for (TriggerHit t : trig) {
      if (t.first() < head.first() && t.trigger().type() == EventType.DEAL) {
        return true; // "ووقعت الاتفاقية عام 2012، وصادق عليها البرلمان في العام التالي"
      }
    }
    return false;
  }

  /**
   * The approval verb heads the sentence and the signed document follows it after "على", a date, a
   * session and the approving body between ("صادق مجلس الوزراء، في جلسته الاعتيادية اليوم، على
   * مذكرات التفاهم"): the approval is the ratification of that document, a step in relations
   * (diplomatic) as when the document heads, not a happening of no other type.
   */
  private boolean approvesDocument(Document doc, TriggerHit head, List<TriggerHit> trig) {
    for (TriggerHit t : trig) {
      if (t.first() >= head.end()
          && t.first() - head.first() <= RATIFIED_ON_REACH
          && t.trigger().type() == EventType.DEAL
          && reads(doc, FunctionWord.DOCUMENT, t.first())
          && reads(doc, FunctionWord.SIGNED_ON, t.first() - 1)) {
        return true;
      }
    }
    return false;
  }

  private boolean reads(Document doc, FunctionWord kind, int i) {
    return EventSegmentStage.reads(lexicon, doc, kind, i);
  }
}
