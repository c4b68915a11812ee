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
    String text = doc.normalized().text();
    for (int i = 0; i < n; i++) {
      int t = s.firstToken() + i;
      // the gap before the token, read in the text (Document.gapStart); none before the first
      int end = i == 0 ? 0 : doc.tokens().get(t).start();
      for (int k = i == 0 ? 0 : doc.gapStart(t); k < end; k++) {
        char c = text.charAt(k);
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
