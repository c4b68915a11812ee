package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Sentence;

/** Reads a step the sides agreed on or decided to hold as still to come (planned). */
record AgreedSteps(Lexicon lexicon) {

  /** d tells a step agreed after "على أن", a gathering agreed to be held, or what was agreed on. */
  boolean planned(Document doc, Sentence s, EventDraft d) {
    return agreedStep(doc, s, d) || agreedHolding(doc, d) || agreedContent(doc, s, d);
  }

  /** How far after the light verb of "على أن" the happening's noun may stand. */
  private static final int AGREED_REACH = 6;

  /**
   * "…، على أن يلتقي رئيس الوزراء غداً"، "اتفقا على أن يعقد الوزيران اجتماعاً": a present verb
   * right after "على أن" tells a step agreed or foreseen, still to come (planned, as after من
   * المقرر أن), and so does the happening's noun a light verb there governs ("على أن تعقد اللجنة
   * أول اجتماعاتها"); not a noun after another verb ("على أن تحال المعاهدة إلى البرلمان": the
   * treaty is signed already).
   */
  private boolean agreedStep(Document doc, Sentence s, EventDraft d) {
    int h = d.head.first();
    var tokens = doc.tokens();
    for (int v = h; v >= Math.max(s.firstToken() + 2, h - AGREED_REACH); v--) {
      String on = org.chronology.text.Proclitics.withoutAnd(tokens.get(v - 2).text());
      if (s.clauseOf(v) == s.clauseOf(h)
          && lexicon.is(FunctionWord.PLAN_ON, on)
          && lexicon.is(FunctionWord.COMPLEMENTIZER, tokens.get(v - 1).text())
          && tokens.get(v).text().length() > 2
          && lexicon.is(FunctionWord.PRESENT_PREFIX, tokens.get(v).text().substring(0, 1))) {
        String verb = tokens.get(v).text();
        return v == h
            || d.head.trigger().form() == TriggerForm.NOUN
                && (lexicon.is(FunctionWord.HELPER, verb)
                    || lexicon.is(FunctionWord.PASSIVE_HELPER, verb));
      }
    }
    return false;
  }

  /**
   * "واتفق الجانبان على عقد الجولة الثانية بعد أسبوعين": a gathering the sides agreed or decided to
   * hold is still to come (planned), like a step after "على أن يعقد".
   */
  private boolean agreedHolding(Document doc, EventDraft d) {
    int h = d.head.first();
    var tokens = doc.tokens();
    return d.type == EventType.MEETING
        && d.head.trigger().form() == TriggerForm.NOUN
        && h >= doc.sentences().get(d.sentence).firstToken() + 2
        && lexicon.is(FunctionWord.HOLDING, tokens.get(h - 1).text())
        && lexicon.is(
            FunctionWord.PLAN_ON,
            org.chronology.text.Proclitics.withoutAnd(tokens.get(h - 2).text()));
  }

  /**
   * "وينص الاتفاق على أن يعقد المسؤولون اجتماعهم الأول في يونيو"، "أن الطرفين اتفقا على عقد الدورة
   * الأولى للجنة المشتركة": a gathering agreed to be held, in a segment an agreement's or signing's
   * word heads, is what the segment reports. The agreement is how the article knows of the sitting
   * to come, and a sitting of talks or of a joint body, held or planned, is a meeting (dev README,
   * round 62 item 4), as when its own verb opens the clause ("اتفقا على عقد اجتماع", {@link
   * AgreementTriggers}). Returns the gathering's noun, or null.
   */
  TriggerHit agreedGathering(Document doc, Sentence s, EventDraft d, List<TriggerHit> trig) {
    if (d.type != EventType.DEAL || d.head.trigger().form() != TriggerForm.NOUN) {
      return null;
    }
    for (TriggerHit t : trig) {
      if (t.trigger().type() != EventType.MEETING
          || t.trigger().form() != TriggerForm.NOUN
          || t.first() <= d.head.first()
          || t.first() >= d.end) {
        continue;
      }
      EventDraft probe = EventSegmentStage.draft(s, t, d.first, d.end);
      if (agreedStep(doc, s, probe) || agreedHolding(doc, probe) || heldOnAgreement(doc, s, t)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The gathering's noun opens with the verbal noun of holding right after "على" ("على عقد
   * الدورة").
   */
  private boolean heldOnAgreement(Document doc, Sentence s, TriggerHit t) {
    int h = t.first();
    var tokens = doc.tokens();
    return h > s.firstToken()
        && lexicon.is(FunctionWord.HOLDING, tokens.get(h).text())
        && lexicon.is(
            FunctionWord.PLAN_ON,
            org.chronology.text.Proclitics.withoutAnd(tokens.get(h - 1).text()));
  }

  /** How far before the happening's word the "على" of the agreement may stand. */
  private static final int CONTENT_REACH = 2;

  /**
   * "اتفق البلدان على تسيير رحلات جوية، وعلى فتح مكتب تجاري": a step the sides agreed on, told by
   * its own word after the "على" of a verb of agreeing, is still to come (planned); the agreement
   * itself, told by the verb, stays done. A deal or a diplomatic step agreed on ("اتفقا على استعادة
   * التمثيل الدبلوماسي") is concluded by the agreement itself, so only an other happening or a
   * gathering is held to be still to come.
   */
  private boolean agreedContent(Document doc, Sentence s, EventDraft d) {
    if (d.type != EventType.OTHER && d.type != EventType.MEETING) {
      return false;
    }
    int h = d.head.first();
    var tokens = doc.tokens();
    for (int o = h - 1; o >= Math.max(s.firstToken() + 1, h - CONTENT_REACH); o--) {
      if (!lexicon.is(
          FunctionWord.AGREED_ON,
          org.chronology.text.Proclitics.withoutConjunction(tokens.get(o).text()))) {
        continue;
      }
      for (int v = o - 1; v >= s.firstToken(); v--) {
        if (agreeing(doc, v)) {
          return v == s.firstToken()
              || !lexicon.is(FunctionWord.RELATIVE, tokens.get(v - 1).text());
        }
      }
      return false;
    }
    return false;
  }

  private boolean agreeing(Document doc, int i) {
    for (org.chronology.text.Proclitics.Form form : doc.forms().of(i)) {
      if (!form.future() && lexicon.is(FunctionWord.AGREED, form.text())) {
        return true;
      }
    }
    return false;
  }
}
