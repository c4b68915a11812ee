package org.chronology.extraction.pipeline;

import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Sentence;

/**
 * A peace or normalisation instrument ("معاهدة السلام"، "اتفاق التطبيع") is a signed agreement, the
 * guide's deal, even when its title also names the relations it establishes; only a document whose
 * stated object is establishing relations is diplomatic (dev README, convention review round 43,
 * point 3).
 */
final class PeaceInstruments {

  /** How far after a peace instrument's head word the relations it names may stand. */
  private static final int TITLE_REACH = 3;

  private PeaceInstruments() {}

  /** Peace or normalisation right after a document's head word within {@code [from, end)}. */
  static boolean named(Lexicon lexicon, Document doc, int from, int end) {
    for (int i = from + 1; i < end; i++) {
      if (peaceAfterDocument(lexicon, doc, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Relations named in a peace instrument's title ("معاهدة السلام والعلاقات الدبلوماسية والتطبيع
   * الكامل") are what the signed agreement establishes, not a happening of their own.
   */
  static boolean inTitle(Lexicon lexicon, Document doc, Sentence s, TriggerHit t) {
    if (t.trigger().type() != EventType.DIPLOMATIC || t.trigger().form().verbal()) {
      return false;
    }
    for (int i = t.first() - 1; i > Math.max(s.firstToken(), t.first() - TITLE_REACH); i--) {
      if (peaceAfterDocument(lexicon, doc, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean peaceAfterDocument(Lexicon lexicon, Document doc, int i) {
    return EventSegmentStage.reads(lexicon, doc, FunctionWord.PEACE, i)
        && EventSegmentStage.reads(lexicon, doc, FunctionWord.DOCUMENT, i - 1);
  }
}
