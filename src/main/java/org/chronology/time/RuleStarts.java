package org.chronology.time;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Which of the tagger's rules may match at a word that follows a space, by the word's first
 * character: most rules reject most first characters at once, and trying them anyway (a region
 * reset and a failed match at every word start near a trigger word) was three quarters of the
 * tagger's time. Learnt lazily per rule and character; shared by the threads of one tagger.
 */
final class RuleStarts {

  /** First characters below this (Latin, Arabic) are remembered per rule. */
  private static final char GATED = (char) 0x0700;

  private static final byte MAY_START = 1;
  private static final byte NO_START = 2;

  private final List<Rule> rules;

  /** Per rule and first character: 0 not probed yet, else MAY_START or NO_START. */
  private final byte[][] seen;

  RuleStarts(List<Rule> rules) {
    this.rules = rules;
    this.seen = new byte[rules.size()][GATED];
  }

  /**
   * Whether rule {@code ri} may match at word start {@code st}: false only for a word after a space
   * whose first character the rule was seen to reject at once (no match, end of input not reached)
   * on the two characters alone, the space and that character. Its lookbehinds read one character
   * back, so those two decide such a rejection on any text.
   */
  boolean may(int ri, String s, int st) {
    char c = s.charAt(st);
    if (st == 0 || c >= GATED || s.charAt(st - 1) != ' ') {
      return true;
    }
    byte v = seen[ri][c];
    if (v == 0) {
      Matcher probe = rules.get(ri).pattern().matcher(new String(new char[] {' ', c}));
      probe.useTransparentBounds(true);
      probe.useAnchoringBounds(false);
      probe.region(1, 2);
      v = probe.lookingAt() || probe.hitEnd() ? MAY_START : NO_START;
      seen[ri][c] = v; // racing threads write the same value
    }
    return v == MAY_START;
  }
}
