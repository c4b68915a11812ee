package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chronology.extraction.EventType;
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
    return frameDates(lexicon, doc, s, frames, List.of(), dates);
  }

  /**
   * As above; a frame with no complementizer after it in the sentence reports no clause of its own
   * ("مذكّرة بمذكرة التفاهم التي وقعها الاتحاد مع تونس في 16 يوليو"), so its dates end at the first
   * happening told after it, whose own phrase that one keeps.
   */
  static Set<DateHit> frameDates(
      Lexicon lexicon,
      Document doc,
      Sentence s,
      List<TriggerHit> frames,
      List<TriggerHit> events,
      List<DateHit> dates) {
    Set<DateHit> out = new HashSet<>();
    for (TriggerHit f : frames) {
      if (signedDocument(lexicon, doc, f, events)) {
        continue;
      }
      int c = f.end();
      while (c < s.endToken()
          && !lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(c).text())) {
        c++;
      }
      if (c == s.endToken()) {
        int told = c;
        for (TriggerHit t : events) {
          if (t.first() >= f.end() && t.first() < told) {
            told = t.first();
          }
        }
        if (told < c && !quoted(doc, f.end(), c)) {
          c = told;
        }
      }
      for (DateHit d : dates) {
        if (d.first() >= f.end() && d.first() < c) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** How many words (the signers) may stand between a signing verb and the document it signs. */
  private static final int SIGNED_REACH = 4;

  /**
   * "وقع البلدان مذكرة التفاهم في 12 مارس": a memorandum that a signing verb just before it takes
   * as its object is the document signed, not a note that reports; the dates after it are the
   * signing's.
   */
  private static boolean signedDocument(
      Lexicon lexicon, Document doc, TriggerHit f, List<TriggerHit> events) {
    if (!lexicon.is(FunctionWord.DOCUMENT, doc.tokens().get(f.first()).text())) {
      return false;
    }
    for (TriggerHit t : events) {
      if (t.trigger().type() == EventType.DEAL
          && t.trigger().form() == TriggerForm.VERB
          && t.end() <= f.first()
          && f.first() - t.end() <= SIGNED_REACH) {
        return true;
      }
    }
    return false;
  }

  /** Quotation marks and the colon that open what a frame quotes ("وقال الوزير: «…»"). */
  private static final String QUOTE_MARKS = ":\"«»“”";

  /**
   * A quotation mark or colon stands in the tokens [from, to): the frame quotes words, and the
   * dates of the rest of its sentence stay the frame's.
   */
  private static boolean quoted(Document doc, int from, int to) {
    String text = doc.normalized().text();
    int a = doc.tokens().get(from - 1).end();
    int b = doc.tokens().get(to - 1).end();
    for (int i = a; i < b; i++) {
      if (QUOTE_MARKS.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
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
