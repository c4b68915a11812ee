package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;

/**
 * A standing charge told in the present ("ويتهم مسؤولون جهاز الاستخبارات بالوقوف وراء اغتيال العالم
 * في طهران يوم 11 يناير"، "ويُتهم الحزب بالمسؤولية عن الهجوم على السفارة في آذار 1992"): the charge
 * has no day of its own, the date the sentence gives is that of the attack charged, and the news is
 * the attack (the guide's incident: what act is reported, not the verb reporting it). Only in the
 * body (a headline's present tells that day's accusation), and only when the first happening after
 * the verb is an incident dated after its noun and no verb of the sentence tells an incident of its
 * own.
 */
record StandingCharges(Lexicon lexicon) {

  void apply(Document doc, EventDraft e) {
    if (e.type != EventType.STATEMENT
        || e.date == null
        || e.head.trigger().form() != TriggerForm.PRESENT
        || doc.sentences().get(e.sentence).headline()
        || !lexicon.is(
            FunctionWord.CHARGING,
            Proclitics.withoutConjunction(doc.tokens().get(e.head.first()).text()))) {
      return;
    }
    var s = doc.sentences().get(e.sentence);
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() != e.sentence || t.first() < e.head.end() || t.first() >= s.endToken()) {
        continue;
      }
      if (t.inQuote()) {
        return;
      }
      if (t.trigger().type() == EventType.STATEMENT) {
        continue;
      }
      if (t.trigger().type() != EventType.INCIDENT || e.date.first() < t.end()) {
        return;
      }
      for (EventDraft o : doc.events()) {
        if (o != e
            && o.sentence == t.sentence()
            && (o.head.first() == t.first()
                || o.type == EventType.INCIDENT && o.head.trigger().form().verbal())) {
          return; // the attack is told by its own verb: the charge is said of it
        }
      }
      e.type = EventType.INCIDENT;
      e.head = t;
      return;
    }
  }
}
