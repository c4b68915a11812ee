package org.chronology.extraction.pipeline;

import java.time.temporal.ChronoUnit;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Proclitics;
import org.chronology.time.UnitWords;

/**
 * "تقاتل الجيش منذ نحو عامين"، "تشهد العلاقات توتراً منذ أشهر"، "علاقات تقوم منذ ثلاثة عقود": منذ
 * before a count of months or longer measures how long a state has lasted up to the publication
 * (guide, Dates: "منذ 2008" opens a period; a running state is no happening). It dates no happening
 * told in the past, nor a deal or a word said: it is no day such a happening took place on. It may
 * still give the start of a happening that itself lasts: a stay ("الذي يزور البلاد منذ أشهر") or
 * one told in the present ("يجري الجيش التمرين منذ أشهر").
 */
final class LastingCounts {

  private LastingCounts() {}

  /** {@code h} is a منذ count of months or longer that does not date {@code d}. */
  static boolean notItsDate(Lexicon lexicon, Document doc, EventDraft d, DateHit h) {
    return d.type != EventType.VISIT
        && d.head.trigger().form() != TriggerForm.PRESENT
        && toldDone(doc, d)
        && lastingCount(lexicon, doc, h);
  }

  /**
   * A past-tense happening word in d's sentence: it tells what was done, so the count measures a
   * state beside it. Without one the sentence tells a state or a habit ("وتعقد اللجنة اجتماعها
   * بالتناوب منذ سنوات"), which the count still marks as such.
   */
  private static boolean toldDone(Document doc, EventDraft d) {
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == d.sentence && t.trigger().form() == TriggerForm.VERB) {
        return true;
      }
    }
    return false;
  }

  /**
   * "منذ نحو عامين"، "منذ سنوات"، "منذ ثلاثة عقود": منذ opens it and a unit of months or longer
   * ends it.
   */
  static boolean lastingCount(Lexicon lexicon, Document doc, DateHit h) {
    boolean since = false;
    for (int t = Math.max(0, h.first() - 1); t <= h.first() && t < doc.tokens().size(); t++) {
      String w = doc.tokens().get(t).text();
      since |=
          lexicon.is(FunctionWord.SINCE, w)
              || lexicon.is(FunctionWord.SINCE, Proclitics.withoutAnd(w));
    }
    if (!since || h.end() <= h.first()) {
      return false;
    }
    ChronoUnit unit = UnitWords.unitOf(doc.tokens().get(h.end() - 1).text());
    return unit != null && unit.compareTo(ChronoUnit.MONTHS) >= 0;
  }
}
