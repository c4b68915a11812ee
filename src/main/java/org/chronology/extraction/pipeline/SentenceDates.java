package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Sentence;

/** What the event stages read per sentence: its triggers, reporting frames and date phrases. */
final class SentenceDates {

  private SentenceDates() {}

  /** The triggers of a sentence, reporting frames apart. */
  record Triggers(List<TriggerHit> events, List<TriggerHit> frames) {}

  static Triggers triggers(Document doc, Sentence s) {
    List<TriggerHit> trig = new ArrayList<>();
    List<TriggerHit> frames = new ArrayList<>();
    for (TriggerHit t : doc.triggers()) {
      if (t.sentence() == s.index()) {
        (t.trigger().form() == TriggerForm.FRAME ? frames : trig).add(t);
      }
    }
    return new Triggers(trig, frames);
  }

  static List<DateHit> datesIn(Document doc, int first, int end) {
    List<DateHit> out = new ArrayList<>();
    for (DateHit d : doc.dates()) {
      if (d.first() >= first && d.first() < end) {
        out.add(d);
      }
    }
    return out;
  }

  /** Dates between a reporting frame and its complementizer (أن/إن) date the report. */
  static Set<DateHit> frameDates(
      Lexicon lexicon, Document doc, Sentence s, List<TriggerHit> frames, List<DateHit> dates) {
    Set<DateHit> out = new HashSet<>();
    for (TriggerHit f : frames) {
      int c = f.end();
      while (c < s.endToken()
          && !lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(c).text())) {
        c++;
      }
      for (DateHit d : dates) {
        if (d.first() >= f.end() && d.first() < c) {
          out.add(d);
        }
      }
    }
    return out;
  }

  static boolean hasDate(List<DateHit> dates, Set<DateHit> frameDates, int from, int to) {
    for (DateHit d : dates) {
      if (!frameDates.contains(d) && d.first() >= from && d.first() < to) {
        return true;
      }
    }
    return false;
  }
}
