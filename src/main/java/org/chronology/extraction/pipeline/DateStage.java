package org.chronology.extraction.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.chronology.text.Sentence;
import org.chronology.time.TemporalExpression;

/** Date phrases of the tagger, placed on tokens; phrases in page furniture are left out. */
@Stage.Contract(
    name = "dates",
    requires = {Layer.TOKENS, Layer.SENTENCES},
    adds = Layer.DATES)
public record DateStage(DateSource source) implements Stage {

  @Override
  public void process(Document doc) {
    List<DateHit> out = new ArrayList<>();
    List<TemporalExpression> found = source.tag(doc.article().text(), doc.article().publishedOn());
    int n = doc.tokens().size();
    for (TemporalExpression e : found) {
      int first = firstTokenFrom(doc, e.startOffset(), n);
      int end = first;
      while (end < n && doc.originalStart(end) < e.endOffset()) {
        end++;
      }
      if (end <= first || !insideSentence(doc.sentences(), first)) {
        continue;
      }
      out.add(new DateHit(first, end, e));
    }
    doc.setDates(out);
  }

  private static int firstTokenFrom(Document doc, int offset, int n) {
    int lo = 0;
    int hi = n;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (doc.originalEnd(mid + 1) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static boolean insideSentence(List<Sentence> sentences, int token) {
    for (Sentence s : sentences) {
      if (token >= s.firstToken() && token < s.endToken()) {
        return true;
      }
    }
    return false;
  }
}
