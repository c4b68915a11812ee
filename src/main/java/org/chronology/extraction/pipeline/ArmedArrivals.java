package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * An arrival of a warship or of soldiers ("وصلت إلى الميناء أمس فرقاطة تابعة للبحرية"، "رست سفينة
 * حربية قبالة العاصمة في زيارة تستمر يومين") is a deployment, the guide's military, not an official
 * or a delegation travelling: the craft stands near the arrival's word, in its own draft.
 */
record ArmedArrivals(Lexicon lexicon) {

  /** How far from the arrival's word the craft may stand. */
  private static final int REACH = 10;

  void apply(Document doc) {
    for (EventDraft d : doc.events()) {
      if (d.type == EventType.VISIT && armed(doc, d)) {
        d.type = EventType.MILITARY;
      }
    }
  }

  private boolean armed(Document doc, EventDraft d) {
    int from = Math.max(d.first, d.head.first() - REACH);
    int end = Math.min(d.end, d.head.end() + REACH);
    for (int i = from; i < end; i++) {
      String w = doc.tokens().get(i).text(); // bare first: فرقاطة is no و/ف + رقاطة
      if (lexicon.is(FunctionWord.ARMED_CRAFT, w)
          || lexicon.is(FunctionWord.ARMED_CRAFT, Proclitics.withoutConjunction(w))) {
        return true;
      }
    }
    return false;
  }
}
