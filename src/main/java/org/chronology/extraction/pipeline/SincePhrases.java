package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;

/**
 * A happening's word anywhere in a منذ phrase that opens with a happening, not a date ("هي الأولى
 * له منذ اندلاع الحرب"، "منذ اندلاع الأزمة بين البلدين بسبب اتفاق الميناء"، "أرفع زيارة منذ سيطرة
 * الحركة على الحكم") names the point a gap is measured from, not a happening the article tells (the
 * guide's one happening, one event: the sentence tells its visit). Unless the phrase carries a date
 * of its own ("منذ قطع العلاقات في نوفمبر 2011"): a dated happening told in passing. {@link
 * EventSegmentStage} lets no verb there head a clause; {@link BackgroundFilterStage} drops a draft
 * headed there.
 */
final class SincePhrases {

  private SincePhrases() {}

  /** {@code t} is a verb a منذ phrase governs ({@link #governing}): it heads no clause. */
  static boolean governedVerb(
      Lexicon lexicon,
      Document doc,
      int from,
      int end,
      TriggerHit t,
      List<TriggerHit> trig,
      List<DateHit> dates) {
    return t.trigger().form().verbal() && governing(lexicon, doc, from, end, t, trig, dates) >= 0;
  }

  /**
   * Where the منذ governing trigger {@code t} stands in {@code [from, end)}, or -1: none, a date
   * after it there ("منذ 2011"، a date of the phrase's own happening), a verb between them (a
   * clause of its own), or {@code t} a verb further on than right after منذ (أن).
   */
  static int governing(
      Lexicon lexicon,
      Document doc,
      int from,
      int end,
      TriggerHit t,
      List<TriggerHit> trig,
      List<DateHit> dates) {
    int since = -1;
    for (int i = from; i < t.first(); i++) {
      String w = doc.tokens().get(i).text();
      if (lexicon.is(FunctionWord.SINCE, w)
          || lexicon.is(FunctionWord.SINCE, Proclitics.withoutAnd(w))) {
        since = i;
      }
    }
    if (since < 0
        || t.trigger().form().verbal()
            && t.first() > since + 1
            && !(t.first() == since + 2
                && lexicon.is(FunctionWord.COMPLEMENTIZER, doc.tokens().get(since + 1).text()))) {
      return -1; // a verb further on tells a happening of its own; not "منذ أن قطع"
    }
    for (DateHit d : dates) {
      if (d.end() > since && d.first() < end) {
        return -1;
      }
    }
    for (TriggerHit v : trig) {
      if (v.trigger().form().verbal() && v.first() > since && v.first() < t.first()) {
        return -1;
      }
    }
    return since;
  }
}
