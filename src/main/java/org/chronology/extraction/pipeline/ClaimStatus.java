package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.ModalityCue;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Sentence;

/**
 * What a claim makes of a happening's status (guide, Status (modality): reported for claims the
 * article does not confirm), read by {@link EventStatusStage}: a happening the press or unnamed
 * sources tell is reported, unless the sources tell a plan, the happening is the other side's
 * rejoinder, or the sources tell a detail of a happening told before; a denial of what reports or a
 * medium told stands for that claim, reported, of the denied happening's type.
 */
record ClaimStatus(Lexicon lexicon) {

  /**
   * "نقلت عن مصادر أن الرئيسين سيعقدان اليوم جلسة محادثات": a future verb between the source and
   * the happening's word tells a plan, which stays planned (guide, Status (modality)).
   */
  boolean plannedInClaim(Document doc, Sentence s, int claimEnd, int headFirst) {
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == s.index()
          && t.future()
          && t.first() >= claimEnd
          && t.first() < headFirst) {
        return true;
      }
    }
    for (int i = Math.max(claimEnd, s.firstToken()); i < headFirst; i++) {
      if (s.clauseOf(i) != s.clauseOf(headFirst)) {
        continue;
      }
      for (org.chronology.text.Proclitics.Form f : doc.forms().of(i)) {
        if (f.future() && lexicon.is(FunctionWord.HELPER, f.text())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "ونقلت المراسلة عن مصادر أن الاجتماع استغرق تسعين دقيقة": the definite noun of a happening of a
   * type the article told in an earlier sentence points back at it; the sources tell a detail of
   * it, not whether it took place.
   */
  boolean toldBefore(Document doc, EventDraft d) {
    int h = d.head.first();
    if (d.head.trigger().form() != TriggerForm.NOUN
        || h == 0
        || !lexicon.is(
            FunctionWord.CLAIM_ABOUT,
            org.chronology.text.Proclitics.withoutAnd(doc.tokens().get(h - 1).text()))) {
      return false;
    }
    boolean definite = false;
    for (org.chronology.text.Proclitics.Form f : doc.forms().of(d.head.first())) {
      definite |= f.definite();
    }
    if (!definite) {
      return false;
    }
    for (EventDraft o : doc.events()) {
      if (o != d && o.sentence < d.sentence && o.type == d.type) {
        return true;
      }
    }
    return false;
  }

  /**
   * "… أن قوات الأمن نقلت مئات المهاجرين، وهو ما نفته الوزارة": the other side's denial after a
   * claim is its own saying, done; the source's frame is not its frame.
   */
  boolean rejoinder(Document doc, EventDraft d) {
    return d.type == EventType.STATEMENT
        && lexicon.is(
            FunctionWord.REJOINDER,
            org.chronology.text.Proclitics.withoutAnd(doc.tokens().get(d.head.first()).text()));
  }

  /** How far after the verb of denying the claim it denies may begin. */
  private static final int DENIED_REACH = 8;

  /**
   * "نفت الوزارة تقارير تحدثت عن …"، "نفى المكتب ما نشرته مجلة من أن …": a denial whose object is
   * what reports or a medium told stands for that claim, which the article does not confirm (guide,
   * Status (modality): reported); a bare "نفت التقارير" followed by what was done is a denial,
   * done.
   */
  boolean deniedClaim(Document doc, Sentence s, EventDraft d) {
    return claimCue(doc, s, d) >= 0;
  }

  /** Where the claim a denial denies ends (the end of its cue), or -1 when it denies none. */
  int claimCue(Document doc, Sentence s, EventDraft d) {
    int h = d.head.first();
    if (d.type != EventType.STATEMENT
        || !lexicon.is(
            FunctionWord.DENIAL,
            org.chronology.text.Proclitics.withoutAnd(doc.tokens().get(h).text()))) {
      return -1;
    }
    for (CueHit c : doc.cues()) {
      if (c.sentence() == s.index()
          && c.cue().scope() == ModalityCue.Scope.CLAIM
          && c.first() >= d.head.end()
          && c.first() - d.head.end() <= DENIED_REACH
          && DateAsides.sameClause(doc, s, h, c.first())) {
        return c.end();
      }
    }
    return -1;
  }

  /** How far after the claim's cue the denied happening's word may stand. */
  private static final int DENIED_HAPPENING_REACH = 16;

  /**
   * The type of the happening a denied claim tells ("نفت الخارجية تقارير تحدثت عن عبور شحنات
   * أسلحة"، "نفت المؤسسة ما تداولته وسائل إعلام عن نيتها بيع حصتها"): the first word of a happening
   * other than a saying after the verb of denying, in its sentence and not the head of an event of
   * its own. The dev conventions make a denial of reports one reported event of the denied
   * happening's type, the denial its evidence; null when the claim names no such happening.
   */
  static EventType deniedHappening(Document doc, Sentence s, EventDraft d, int claimEnd) {
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() != s.index()
          || t.first() < claimEnd
          || t.first() - claimEnd > DENIED_HAPPENING_REACH
          || t.inQuote()
          || t.trigger().type() == EventType.STATEMENT) {
        continue;
      }
      for (EventDraft o : doc.events()) {
        if (o != d && o.sentence == s.index() && o.head.first() == t.first()) {
          return null; // told as an event of its own
        }
      }
      return t.trigger().type();
    }
    return null;
  }
}
