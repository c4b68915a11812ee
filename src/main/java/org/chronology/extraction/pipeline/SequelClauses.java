package org.chronology.extraction.pipeline;

import java.util.List;
import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.extraction.lang.Trigger;
import org.chronology.extraction.lang.TriggerForm;
import org.chronology.text.Clause;
import org.chronology.text.Proclitics;

/**
 * "سحبت الدول الثلاث سفراءها في مارس 2014، قبل أن يعودوا في نوفمبر من العام نفسه"، "سلمت القوات
 * القاعدة الأولى في 26 ديسمبر، ثم الثانية في 11 يناير": a clause opened by a sequel word (قبل أن،
 * ثم) after a happening of the sentence, with a date phrase of its own, tells the next step of the
 * same story, a later happening, even when its verb is no trigger word. It is of the type of the
 * happening it continues (the ambassadors withdrawn come back, the talks begun stop).
 */
final class SequelClauses {

  /** A sequel step is told with less certainty than a trigger word of its own. */
  private static final double STRENGTH = 0.5;

  private SequelClauses() {}

  /**
   * The head of a sequel clause without a trigger of its own, continuing {@code prev}, or null when
   * the clause opens with no sequel word, carries no date phrase of its own or names nothing after
   * the sequel word.
   */
  static TriggerHit head(
      Lexicon lexicon, Document doc, Clause cl, List<DateHit> dates, EventDraft prev) {
    if (prev == null) {
      return null;
    }
    int opener = openerLength(lexicon, doc, cl);
    int word = cl.firstToken() + opener;
    if (opener == 0 || word >= cl.endToken() || !dated(cl, dates, word)) {
      return null;
    }
    Trigger t = prev.head.trigger();
    Trigger step =
        new Trigger(
            prev.type,
            doc.tokens().get(word).text(),
            Math.min(STRENGTH, t.strength()),
            TriggerForm.VERB,
            t.subjectRole(),
            t.objectRole());
    return new TriggerHit(prev.sentence, word, word + 1, step, false, false, false, false);
  }

  /**
   * A verb right after a sequel opener ("قبل أن تعلن الوزارة"، "ثم سحب منه الحصانة"): the next step
   * of the story, a later happening than the one before it in the sentence.
   */
  static boolean opensSequel(Lexicon lexicon, Document doc, EventDraft d) {
    int head = d.head.first();
    int from = doc.sentences().get(d.sentence).firstToken();
    if (head - 1 >= from
        && lexicon.is(
            FunctionWord.SEQUEL,
            Proclitics.withoutConjunction(doc.tokens().get(head - 1).text()))) {
      return true;
    }
    return head - 2 >= from
        && lexicon.is(
            FunctionWord.SEQUEL,
            Proclitics.withoutConjunction(doc.tokens().get(head - 2).text())
                + " "
                + doc.tokens().get(head - 1).text());
  }

  /** How many words the clause's sequel opener takes (0: none). */
  private static int openerLength(Lexicon lexicon, Document doc, Clause cl) {
    int f = cl.firstToken();
    String w = Proclitics.withoutConjunction(doc.tokens().get(f).text());
    if (lexicon.is(FunctionWord.SEQUEL, w)
        || lexicon.is(FunctionWord.SEQUEL, doc.tokens().get(f).text())) {
      return 1;
    }
    if (f + 1 < cl.endToken()
        && lexicon.is(FunctionWord.SEQUEL, w + " " + doc.tokens().get(f + 1).text())) {
      return 2;
    }
    return 0;
  }

  /** A date phrase stands inside the clause after its opener. */
  private static boolean dated(Clause cl, List<DateHit> dates, int from) {
    for (DateHit d : dates) {
      if (d.first() >= from && d.end() <= cl.endToken()) {
        return true;
      }
    }
    return false;
  }
}
