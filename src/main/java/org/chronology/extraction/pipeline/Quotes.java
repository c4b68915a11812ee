package org.chronology.extraction.pipeline;

import org.chronology.text.Sentence;

/** Which tokens of a sentence stand inside quotation marks («» “” "). */
final class Quotes {

  private Quotes() {}

  static boolean[] quotedTokens(Document doc, Sentence s) {
    int n = s.endToken() - s.firstToken();
    boolean[] out = new boolean[n];
    int depth = 0;
    boolean straight = false;
    for (int i = 0; i < n; i++) {
      int t = s.firstToken() + i;
      String gap = i == 0 ? "" : doc.gapBefore(t);
      for (int k = 0; k < gap.length(); k++) {
        char c = gap.charAt(k);
        if (c == '«' || c == '“') {
          depth++;
        } else if ((c == '»' || c == '”') && depth > 0) {
          depth--;
        } else if (c == '"') {
          straight = !straight;
        }
      }
      out[i] = depth > 0 || straight;
    }
    return out;
  }
}
