package org.chronology.extraction.pipeline;

import org.chronology.extraction.lang.FunctionWord;
import org.chronology.extraction.lang.Lexicon;
import org.chronology.text.Proclitics;
import org.chronology.text.Sentence;

/**
 * "غير أن باكو تريثت ثلاثة عقود قبل اتخاذ خطوة مماثلة"، "نزاعاً عمره ثلاثة عقود"، "تتويجاً لثلاثة
 * عقود من العلاقات": a count right before عقود counts decades, a length of time that no word before
 * it need announce (the span-before words of {@code TriggerStage.timeSpan}); it is no deal.
 * Contracts counted are told with what they are for or with whom ("ثلاثة عقود لتوريد القمح"، "ثلاثة
 * عقود مع شركات"، "بقيمة …"): those stay deals.
 */
final class CountedSpans {

  private CountedSpans() {}

  /** The noun trigger {@code h} is a span noun counted by the word right before it. */
  static boolean decades(Lexicon lexicon, Document doc, TriggerHit h) {
    if (h.trigger().form().verbal()) {
      return false;
    }
    String word = Proclitics.withoutAndOrPreposition(doc.tokens().get(h.first()).text());
    if (!lexicon.is(FunctionWord.SPAN_NOUN, word)) {
      return false;
    }
    Sentence s = doc.sentences().get(h.sentence());
    if (h.first() <= s.firstToken()) {
      return false;
    }
    String before = Proclitics.withoutAndOrPreposition(doc.tokens().get(h.first() - 1).text());
    if (!lexicon.is(FunctionWord.SPAN_COUNT, before)) {
      return false;
    }
    if (h.end() < s.endToken()) {
      String next = doc.tokens().get(h.end()).text();
      if (lexicon.is(FunctionWord.SPAN_DEAL_AFTER, next)
          || Proclitics.afterFusingPreposition(next) != null) {
        return false; // "ثلاثة عقود لتوريد القمح"، "ثلاثة عقود مع شركات روسية"
      }
    }
    return true;
  }
}
