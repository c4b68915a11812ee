package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * An agreement whose object is a passport or a visa ("وقع البلدان اتفاقية لإعفاء حاملي الجوازات
 * الدبلوماسية من التأشيرة") sets a visa policy: the guide types visa policy diplomatic, not a deal.
 * The paper must follow the deal word in its own clause, so a visa named beside a trade deal in
 * another clause leaves the deal alone; several agreements signed together stay a deal.
 */
final class VisaAgreements {

  /** How many words an agreement's verb may stand before the visa it is about. */
  static final int REACH = 8;

  /**
   * How many words a signing verb may stand before the agreement it signs: its subject, a date and
   * a place may come between ("وقع وزير الخارجية ونظيره البيروفي اليوم الثلاثاء في ليما اتفاقية").
   */
  static final int OBJECT_REACH = 16;

  private VisaAgreements() {}

  /**
   * Whether a deal hit names, after it in its clause, a passport or a visa; a signing verb also
   * when the agreement it signs does: the one it takes as object ("وقع الوزيران اليوم في ليما
   * اتفاقية للإعفاء من التأشيرات"), or the one a relative verb tells the signing of ("اتفاقية
   * الإعفاء من التأشيرات التي وقعها البلدان"), however many words stand between the verb and the
   * visa.
   */
  static boolean setsVisaPolicy(
      Lexicon lexicon, Document doc, TriggerHit h, java.util.List<TriggerHit> all) {
    if (setsVisaPolicy(lexicon, doc, h)) {
      return true;
    }
    if (h.trigger().type() != EventType.DEAL || !h.trigger().form().verbal()) {
      return false;
    }
    TriggerHit object = null;
    boolean antecedent = false;
    for (TriggerHit o : all) {
      if (o == h
          || o.sentence() != h.sentence()
          || o.trigger().type() != EventType.DEAL && o.trigger().type() != EventType.DIPLOMATIC
          || o.trigger().form().verbal()) {
        // a noun hit already read as a visa policy is diplomatic by now
        continue;
      }
      if (o.first() >= h.end() && o.first() < h.end() + OBJECT_REACH && object == null) {
        object = o;
      } else if (o.end() <= h.first() && o.end() > h.first() - REACH) {
        antecedent |= namesPaper(lexicon, doc, o); // "اتفاقية الإعفاء من التأشيرات التي وقعها"
      }
    }
    Sentence s = doc.sentences().get(h.sentence());
    if (object != null && s.clauseOf(object.first()) == s.clauseOf(h.first())) {
      return namesPaper(lexicon, doc, object);
    }
    return object == null && antecedent;
  }

  /** Whether a deal hit names, after it in its clause, a passport or a visa. */
  static boolean setsVisaPolicy(Lexicon lexicon, Document doc, TriggerHit h) {
    return h.trigger().type() == EventType.DEAL && namesPaper(lexicon, doc, h);
  }

  private static boolean namesPaper(Lexicon lexicon, Document doc, TriggerHit h) {
    Sentence s = doc.sentences().get(h.sentence());
    int clause = s.clauseOf(h.first());
    for (int i = h.first(); i < Math.min(s.endToken(), h.end() + REACH); i++) {
      if (s.clauseOf(i) != clause) {
        return false;
      }
      for (Proclitics.Form f : doc.forms().of(i)) {
        if (lexicon.is(FunctionWord.AGREEMENT_SET, f.text())) {
          return false; // "ثلاث اتفاقيات تشمل الإعفاء من التأشيرات والزراعة": a package, a deal
        }
        if (i >= h.end() && lexicon.is(FunctionWord.TRAVEL_PAPER, f.text())) {
          return true;
        }
      }
    }
    return false;
  }
}
