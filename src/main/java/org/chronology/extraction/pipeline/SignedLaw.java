package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Sentence;

/**
 * A law signed by a head of state ("وقع الرئيس في السادس من يناير قانوناً يلغي المذكرة"، "أن يوقع
 * الرئيس القانون خلال أيام") is one state's decision, not an agreement between parties, so never
 * the guide's deal: the step in relations the law enacts (diplomatic, as a parliament's
 * ratification is). The law must be the first thing the deal's verb (a signing verb) takes in its
 * clause: "وقع الوزيران اتفاقية … وفق القانون" signs the agreement.
 */
record SignedLaw(Lexicon lexicon) {

  /**
   * How many words (the signer's title, name and a date) may stand between the verb and the law.
   */
  private static final int REACH = 12;

  boolean signs(Document doc, Sentence s, TriggerHit head) {
    if (head.trigger().type() != EventType.DEAL || !head.trigger().form().verbal()) {
      return false;
    }
    int clause = s.clauseOf(head.first());
    for (int i = head.end(); i < Math.min(s.endToken(), head.end() + REACH); i++) {
      if (s.clauseOf(i) != clause || reads(doc, FunctionWord.DOCUMENT, i)) {
        return false;
      }
      if (reads(doc, FunctionWord.LAW, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean reads(Document doc, FunctionWord kind, int i) {
    return EventSegmentStage.reads(lexicon, doc, kind, i);
  }
}
