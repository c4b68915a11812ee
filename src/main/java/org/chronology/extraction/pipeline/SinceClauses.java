package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Clause;

/**
 * "وهي أول زيارة له إلى الخليج منذ توليه الرئاسة في آب 2013"، "منذ إقامة العلاقات الدبلوماسية بين
 * البلدين في أبريل 1992": a منذ phrase that opens with a happening's word and carries a date phrase
 * of its own names a dated past happening in passing. The guide counts it as an event of its own
 * (its evidence the dated phrase), and the date is its own, not the date of the happening told
 * before منذ. Without a date phrase ("منذ تبادل السفيرين") or with only a date ("منذ 2011") it
 * stays the gap's start.
 *
 * <p>Why a class of its own: {@link SeparateHappenings} cuts the clause before منذ, so that {@link
 * EventSegmentStage} makes one draft of each happening; {@link SincePhrases} then keeps the cut
 * clause's draft, dated after منذ.
 */
final class SinceClauses {

  /** How far after منذ the happening's own date phrase may start. */
  private static final int REACH = 9;

  private SinceClauses() {}

  /**
   * Where inside {@code c} such a منذ phrase starts after a happening's word of the clause, or -1:
   * a trigger right after منذ (or after "منذ أن", or after one word of its own), and a date phrase
   * of its own after that trigger, before any further trigger and inside the clause.
   */
  static int cut(
      Lexicon lexicon, Document doc, Clause c, List<TriggerHit> trig, List<DateHit> dates) {
    for (int i = c.firstToken() + 1; i + 1 < c.endToken(); i++) {
      if (!lexicon.isBareOrJoined(FunctionWord.SINCE, doc.tokens().get(i).text())
          || !triggerBefore(trig, c.firstToken(), i)) {
        continue;
      }
      int word = i + 1;
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(word).text())) {
        word++; // "منذ أن نزلت القوات"
      }
      TriggerHit opening = startingAt(trig, word);
      if (opening == null) {
        opening = startingAt(trig, word + 1); // "منذ إقامة العلاقات الدبلوماسية"
      }
      if (opening != null && ownDate(trig, dates, opening, i, c.endToken())) {
        return i;
      }
    }
    return -1;
  }

  private static TriggerHit startingAt(List<TriggerHit> trig, int at) {
    for (TriggerHit t : trig) {
      if (t.first() == at) {
        return t;
      }
    }
    return null;
  }

  /** A date phrase after the trigger, before the next trigger, within reach of منذ. */
  private static boolean ownDate(
      List<TriggerHit> trig, List<DateHit> dates, TriggerHit opening, int since, int end) {
    int next = end;
    for (TriggerHit t : trig) {
      if (t.first() >= opening.end() && t.first() < next) {
        next = t.first();
      }
    }
    for (DateHit d : dates) {
      if (d.first() >= opening.end()
          && d.first() < next
          && d.end() <= end
          && d.first() <= since + REACH
          && d.expression().anchor() == null) {
        return true;
      }
    }
    return false;
  }

  private static boolean triggerBefore(List<TriggerHit> trig, int from, int to) {
    for (TriggerHit t : trig) {
      if (t.first() >= from && t.first() < to) {
        return true;
      }
    }
    return false;
  }
}
