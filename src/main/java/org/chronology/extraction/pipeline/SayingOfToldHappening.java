package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Sentence;

/**
 * A dated saying about a happening the article has already told ("وقالت الحكومة في بيان أصدرته أمس
 * إن الهجوم انتهاك صارخ …"، "وقال الرئيس في خطاب متلفز مساء أمس إن الاتفاقية ليست موجهة …") is the
 * guide's statement, a declaration that is itself the news: the definite happening nouns inside
 * what is said only name what the saying is about, a further mention of the happening told before,
 * and they neither make the sentence that happening nor hide the saying. The saying must open the
 * sentence and carry its own date between its verb and the complementizer; every happening word of
 * the sentence must stand inside what is said as a noun, one of them a definite noun of a type told
 * in an earlier sentence.
 */
record SayingOfToldHappening(Lexicon lexicon) {

  /** At most this many words before the saying verb (و، وفي المقابل). */
  private static final int LEAD = 2;

  /** The saying's head and its own date, the first between its verb and the complementizer. */
  record Saying(TriggerHit head, DateHit date) {}

  /** The saying that heads the statement, or null when the sentence is no such saying. */
  Saying head(
      Document doc,
      Sentence s,
      List<TriggerHit> frames,
      List<TriggerHit> trig,
      List<DateHit> dates) {
    if (trig.isEmpty() || s.headline()) {
      return null;
    }
    for (TriggerHit f : frames) {
      if (f.first() - s.firstToken() > LEAD || f.inQuote()) {
        continue;
      }
      int c = complementizer(doc, s, f);
      DateHit own = c < 0 ? null : firstBetween(dates, f.end(), c);
      if (own == null) {
        continue;
      }
      boolean inside = true;
      boolean told = false;
      for (TriggerHit t : trig) {
        if (t.first() <= c || t.trigger().form().verbal()) {
          inside = false;
          break;
        }
        told |= t.definite() && toldBefore(doc, s, t);
      }
      if (inside && told) {
        return new Saying(said(f), own);
      }
    }
    return null;
  }

  /** Told as surely as a declaring verb of the lexicon (صرح), as {@link Replies} reads a reply. */
  private static final double STRENGTH = 0.6;

  private static TriggerHit said(TriggerHit frame) {
    Trigger t = frame.trigger();
    return new TriggerHit(
        frame.sentence(),
        frame.first(),
        frame.end(),
        new Trigger(
            t.type(), t.phrase(), STRENGTH, TriggerForm.VERB, t.subjectRole(), t.objectRole()),
        frame.future(),
        frame.definite(),
        frame.possessive(),
        frame.inQuote());
  }

  private int complementizer(Document doc, Sentence s, TriggerHit f) {
    for (int c = f.end(); c < s.endToken(); c++) {
      String w = doc.tokens().get(c).text();
      if (lexicon.is(FunctionWord.COMPLEMENTIZER, w) || lexicon.is(FunctionWord.SAID_CLAUSE, w)) {
        return c;
      }
    }
    return -1;
  }

  private static DateHit firstBetween(List<DateHit> dates, int from, int to) {
    for (DateHit d : dates) {
      if (d.first() >= from && d.first() < to) {
        return d;
      }
    }
    return null;
  }

  /** A happening of t's type was told by a trigger in an earlier sentence. */
  private static boolean toldBefore(Document doc, Sentence s, TriggerHit t) {
    for (TriggerHit o : doc.triggers()) {
      if (o.sentence() < s.index()
          && o.trigger().type() == t.trigger().type()
          && o.trigger().form() != TriggerForm.FRAME) {
        return true;
      }
    }
    return false;
  }
}
