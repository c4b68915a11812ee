package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;

/**
 * A visit noun that a preposition makes the frame of the arrival or talks told before it in the
 * same sentence ("وصل الوزير إلى الدوحة مساء أمس الأول في زيارة رسمية تختتم اليوم"، "أجرى الوزير
 * اليوم مباحثات مع نظيرته، في إطار الزيارة التي بدأها أمس") is that act's visit told again: the
 * guide's one event per happening, the meetings held during a visit being the visit. The dates its
 * relative clause gives (the day the visit ends, the day it began) are the span of that one visit,
 * not another happening's own day.
 */
record FramedVisits(Lexicon lexicon) {

  /** e, a visit noun of p's sentence after p's word, is framed by in (في، في إطار، ضمن). */
  boolean framed(Document doc, EventDraft p, EventDraft e) {
    if (p.sentence != e.sentence
        || e.type != EventType.VISIT
        || p.type != EventType.VISIT && p.type != EventType.MEETING
        || p.status != e.status
        || e.head.trigger().form().verbal()
        || p.head.end() > e.head.first()) {
      return false;
    }
    int first = doc.sentences().get(e.sentence).firstToken();
    int before = e.head.first() - 1;
    if (before < first) {
      return false;
    }
    String w = doc.tokens().get(before).text();
    // "في زيارة"، "في إطار الزيارة"، "ضمن زيارة"
    return lexicon.is(FunctionWord.FRAME_IN, w) || lexicon.is(FunctionWord.PART_OF, w);
  }
}
