package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Clause;

/**
 * Which of a clause's happenings the guide makes the event's head when a declaration or a meeting
 * verb comes first: a statement is "a declaration that is itself the news", and "the meetings held
 * during a visit are one visit event".
 */
final class HeadDeclarations {

  private HeadDeclarations() {}

  /**
   * "أعلن علييف يوم الأحد أن بلاده اشترت": a date between the declaration and its أن dates the
   * declaration, which stays the news.
   */
  static boolean dated(
      Lexicon lexicon, Document doc, TriggerHit verb, Clause cl, List<DateHit> dates) {
    int c = verb.end();
    while (c < cl.endToken()
        && !lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(c).text())) {
      c++;
    }
    if (c >= cl.endToken()) {
      return false;
    }
    for (DateHit d : dates) {
      if (d.first() >= verb.end() && d.first() < c) {
        return true;
      }
    }
    return false;
  }

  /**
   * A meeting verb whose guest is told visiting ("استقبل الرئيس نظيره الذي يزور البلاد"، "التقى
   * الوزير الذي وصل إلى المملكة أمس"): a meeting held during a visit, so the visit verb is the
   * head, as a visit noun already is.
   */
  static boolean guestVisiting(
      Lexicon lexicon, Document doc, TriggerHit verb, TriggerHit laterVerb) {
    if (verb == null
        || laterVerb == null
        || verb.trigger().type() != EventType.MEETING
        || laterVerb.trigger().type() != EventType.VISIT) {
      return false;
    }
    int f = doc.sentences().get(laterVerb.sentence()).firstToken();
    return laterVerb.first() > f
        && lexicon.is(FunctionWord.RELATIVE, doc.tokens().get(laterVerb.first() - 1).text());
  }

  /**
   * A meeting still to come, dated on its own, before a visit named again as what it ends or
   * follows ("ومن المقرر أن يلتقي الوزير غداً نظيره، قبل أن يختتم زيارته"، "كما يلتقي الوزير رئيس
   * الوزراء الثلاثاء وفق برنامج الزيارة"): the guide keeps the meetings of a visit in the visit
   * "unless a meeting is reported with its own separate date", so the meeting is the head, also
   * when the visit is named in a clause of its own that follows, or is a stop of the programme
   * still to come ("ويلتقي الرئيس اليوم نظيره …، على أن يزور بعد الظهر …"، "كما سيزور …").
   */
  static boolean ownDatedMeeting(TriggerHit verb, TriggerHit visit, List<DateHit> dates) {
    if (verb == null
        || visit == null
        || verb.trigger().type() != EventType.MEETING
        || visit.trigger().type() != EventType.VISIT
        || !(verb.future() || verb.trigger().form() == TriggerForm.PRESENT)
        || !(visit.definite()
            || visit.possessive()
            || visit.trigger().form() == TriggerForm.PRESENT)
        || visit.first() < verb.end()) {
      return false;
    }
    for (DateHit d : dates) {
      if (d.first() >= verb.end() && d.end() <= visit.first()) {
        return true;
      }
    }
    return false;
  }
}
