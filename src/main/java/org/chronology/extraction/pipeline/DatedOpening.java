package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Sentence;

/**
 * "وفي أبريل 2012 ألغت الشركة عقد التصدير"، "وعام 1992 شددت إيران قبضتها على الجزيرة": a sentence
 * that opens with its date, the way a news background or a timeline tells one step after another,
 * reports a dated happening even when its verb is no trigger word. With no trigger to type it, it
 * is `other`, told with less certainty than a trigger of its own. A date of today or later relative
 * to the article ("اليوم صارت الغابة …") opens a comment on the present, not a step.
 */
final class DatedOpening {

  /** Told with less certainty than a trigger word of its own. */
  private static final double STRENGTH = 0.5;

  /** How many words (a preposition: في، وفي، ففي) may stand before the opening date. */
  private static final int LEAD = 1;

  private DatedOpening() {}

  /** The word after the opening date as the head, or null when the sentence opens otherwise. */
  static TriggerHit head(Document doc, Sentence s, List<DateHit> dates) {
    for (DateHit d : dates) {
      if (d.first() < s.firstToken() || d.first() - s.firstToken() > LEAD) {
        continue;
      }
      var e = d.expression();
      // an open interval (a start without an end, "منذ …") tells a state, not a step
      if (e.start() == null
          || e.end() == null
          || d.end() >= s.endToken()
          || e.relative()
              && e.resolvedAgainst() != null
              && !e.end().isBefore(e.resolvedAgainst())) {
        return null; // "اليوم صارت …"، "الأسابيع المقبلة وحدها ستجيب": now or later, no step told
      }
      int word = d.end();
      Trigger step =
          new Trigger(
              EventType.OTHER,
              doc.tokens().get(word).text(),
              STRENGTH,
              TriggerForm.VERB,
              null,
              null);
      return new TriggerHit(s.index(), word, word + 1, step, false, false, false, false);
    }
    return null;
  }
}
