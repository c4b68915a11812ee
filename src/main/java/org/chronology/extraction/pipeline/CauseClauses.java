package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.EventType;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Clause;

/**
 * "أرسلت أرمينيا فريق إنقاذ في السابع من فبراير، غداة الزلزال الذي ضرب تركيا في السادس من الشهر
 * نفسه"، "علقت موسكو الرحلات بعد سقوط الطائرة فوق سيناء في 31 أكتوبر": a clause opened by a cause
 * word (function-words.tsv: cause) with a date phrase of its own after the word that follows it
 * tells the earlier happening that led to the one before it; the date must not follow the word
 * after the cause word at once ("بعد ظهر الثلاثاء" is a time of day, "بعد توقف منذ 2020" a gap).
 * The guide counts one event per happening; such a clause has its own date, so it is a happening of
 * its own, even when no trigger word names it (then an `other` happening).
 *
 * <p>Why a class of its own: {@link SeparateHappenings} cuts a clause before such a word and {@link
 * EventSegmentStage} gives the cut clause a head when it has no trigger, by the same test.
 */
final class CauseClauses {

  /** A happening told only as a cause is told with less certainty than a trigger word. */
  private static final double STRENGTH = 0.5;

  /** How far after the cause word its own date phrase may start. */
  private static final int REACH = 10;

  private CauseClauses() {}

  /**
   * Where inside {@code c} a cause clause starts after a happening of the clause (a trigger before
   * it), or -1: the cause word not inside a date phrase ("بعد ظهر اليوم"، "منذ مارس") and a date
   * phrase of its own after the word that follows it.
   */
  static int cut(
      Lexicon lexicon, Document doc, Clause c, List<TriggerHit> trig, List<DateHit> dates) {
    for (int i = c.firstToken() + 1; i < c.endToken(); i++) {
      if (opens(lexicon, doc, i, nextTrigger(trig, i + 1, c.endToken()), dates)
          && triggerBefore(trig, c.firstToken(), i)
          && datedBefore(dates, c.firstToken(), i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "وتعد هذه الزيارة الثانية له، بعد زيارة أولى قام بها عام 1997": a clause opened by a cause word
   * whose next word is {@code later}, a noun of the type of {@code earlier} told in the clause
   * before, with a date phrase of its own: another happening of that kind, dated apart, not the one
   * it is compared to, which its own clause may leave undated.
   */
  static boolean anotherOfItsKind(
      Lexicon lexicon,
      Document doc,
      Clause cl,
      TriggerHit earlier,
      TriggerHit later,
      List<DateHit> dates) {
    int f = cl.firstToken();
    return later.first() == f + 1
        && !later.trigger().form().verbal()
        && earlier.trigger().type() == later.trigger().type()
        && earlier.end() <= f
        && opens(lexicon, doc, f, cl.endToken(), dates);
  }

  /**
   * The head of a cause clause without a trigger of its own, or null when the clause opens with no
   * cause word or carries no date phrase of its own: the word after the cause word (after "أن").
   */
  static TriggerHit head(
      Lexicon lexicon, Document doc, EventDraft prev, Clause cl, List<DateHit> dates) {
    int f = cl.firstToken();
    if (!opens(lexicon, doc, f, cl.endToken(), dates) || !datedBefore(dates, prev.first, f)) {
      return null;
    }
    int word = f + 1;
    if (word + 1 < cl.endToken()
        && lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(word).text())) {
      word++; // "بعد أن صادق"
    }
    Trigger t =
        new Trigger(
            EventType.OTHER, doc.tokens().get(word).text(), STRENGTH, TriggerForm.NOUN, null, null);
    return new TriggerHit(prev.sentence, word, word + 1, t, false, false, false, false);
  }

  /**
   * Token {@code i} is a cause word outside any date phrase, with a date phrase of its own after.
   */
  private static boolean opens(Lexicon lexicon, Document doc, int i, int end, List<DateHit> dates) {
    String w = doc.tokens().get(i).text();
    if (!lexicon.isBareOrJoined(FunctionWord.CAUSE, w)) {
      return false;
    }
    boolean own = false;
    for (DateHit d : dates) {
      if (d.first() <= i + 2 && d.end() > i) {
        return false; // part of a date phrase, or one follows at once ("بعد ظهر الثلاثاء")
      }
      own |=
          d.first() > i
              && d.end() <= end
              && d.first() <= i + REACH
              && d.expression().anchor() == null
              && !since(lexicon, doc, d);
    }
    return own;
  }

  /** "بعدما بقي مقفلا منذ الخريف": a period's start, not the day of a happening. */
  private static boolean since(Lexicon lexicon, Document doc, DateHit d) {
    return lexicon.is(FunctionWord.SINCE, doc.tokens().get(d.first()).text())
        || d.first() > 0 && lexicon.is(FunctionWord.SINCE, doc.tokens().get(d.first() - 1).text());
  }

  /**
   * The happening the cause clause follows carries a date phrase of its own, so the date after the
   * cause word is the cause's, not a date of the happening told after its cause.
   */
  private static boolean datedBefore(List<DateHit> dates, int from, int to) {
    for (DateHit d : dates) {
      if (d.first() >= from && d.end() <= to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the next happening's trigger after {@code from} starts ({@code end} when none): a date
   * after it is that happening's ("بعد هجوم للمتمردين، قبل أن يوقع البلدان في يناير 2010").
   */
  private static int nextTrigger(List<TriggerHit> trig, int from, int end) {
    int next = end;
    for (TriggerHit t : trig) {
      if (t.first() > from && t.first() < next) {
        next = t.first();
      }
    }
    return next;
  }

  private static boolean triggerBefore(List<TriggerHit> trig, int from, int to) {
    for (TriggerHit t : trig) {
      if (t.first() >= from && t.end() <= to) {
        return true;
      }
    }
    return false;
  }
}
