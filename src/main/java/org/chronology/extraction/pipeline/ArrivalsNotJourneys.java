package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * Arrivals that are no journey of a party: a cargo delivered (a deal) and citizens flown home (no
 * visit). {@link EventSegmentStage} asks both of a visit's verb.
 */
record ArrivalsNotJourneys(Lexicon lexicon) {

  /** How far from an arrival verb its subject, the cargo, may stand. */
  private static final int CARGO_REACH = 10;

  /** How far after an arrival verb the citizens its aircraft carries may stand. */
  private static final int CITIZENS_REACH = 16;

  /**
   * An arrival verb whose aircraft carries citizens ("حطت في مطار براغ اليوم طائرة تقل 14 مواطناً"،
   * "وصل إلى مسقط على متن طائرة عسكرية المواطنان الأمريكيان"): people flown home, not an official
   * or a delegation travelling, so no visit in the guide's sense but a happening of no other type.
   * The aircraft comes first, the citizens after it, both in the verb's draft.
   */
  boolean citizensFlownIn(Document doc, EventDraft d) {
    int end = Math.min(d.end, d.head.end() + CITIZENS_REACH);
    boolean aircraft = false;
    for (int i = d.head.end(); i < end; i++) {
      String w = Proclitics.withoutConjunction(doc.tokens().get(i).text());
      if (lexicon.is(FunctionWord.AIRCRAFT, w)
          || EventSegmentStage.reads(lexicon, doc, FunctionWord.AIRCRAFT, i)) {
        aircraft = true;
      } else if (aircraft && lexicon.is(FunctionWord.CARRIED_CITIZENS, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A shipment or a laden craft arriving ("وصلت إلى مقديشو أول شحنة من المعدات"، "أن أولى شحنات
   * الخام وصلت إلى ميناء جيهان"): a delivery, the guide's deal, not a journey. The cargo word
   * stands near the verb in its own draft.
   */
  boolean cargo(Document doc, EventDraft d) {
    int from = Math.max(d.first, d.head.first() - CARGO_REACH);
    int end = Math.min(d.end, d.head.end() + CARGO_REACH);
    for (int i = from; i < end; i++) {
      if (lexicon.is(
          FunctionWord.CARGO, Proclitics.withoutConjunction(doc.tokens().get(i).text()))) {
        return true;
      }
    }
    return false;
  }
}
