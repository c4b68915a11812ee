package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * "وصل الرئيس إلى الدوحة، المحطة الأخيرة من جولة خليجية بدأها الأحد"، "المحطة الثانية من جولته في
 * آسيا الوسطى": a tour named as what a stop belongs to frames the visit the sentence tells; it is
 * no happening of its own (guide: one happening, one event; each leg is a visit of its own), so its
 * draft is dropped and the phrase in its clause ("بدأها الأحد") dates no second visit.
 */
final class TourStops {

  /**
   * How many words a stop word may stand before the tour it belongs to ("المحطة الثانية والأخيرة
   * من").
   */
  private static final int STOP_REACH = 4;

  private TourStops() {}

  /** d is a tour named after a stop word of its sentence. */
  static boolean tourOfStop(Lexicon lexicon, Document doc, EventDraft d) {
    if (d.type != EventType.VISIT
        || !lexicon.isBareOrJoined(FunctionWord.TOUR, doc.tokens().get(d.head.first()).text())) {
      return false;
    }
    int from = Math.max(doc.sentences().get(d.sentence).firstToken(), d.head.first() - STOP_REACH);
    return lexicon.anyIn(FunctionWord.TOUR_STOP, doc.tokens(), from, d.head.first());
  }
}
