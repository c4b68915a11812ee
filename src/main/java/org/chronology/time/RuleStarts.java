package org.chronology.time;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Which of the tagger's rules may match at a word that follows a space, by the word's first
 * character: most rules reject most first characters at once, and trying them anyway (a region
 * reset and a failed match at every word start near a trigger word) was three quarters of the
 * tagger's time. Learnt lazily per rule and character; shared by the threads of one tagger. The
 * words that pass that table are then judged whole, once for all rules ({@link #atWord}).
 */
final class RuleStarts {

  /** First characters below this (Latin, Arabic) are remembered per rule. */
  private static final char GATED = (char) 0x0700;

  private static final byte MAY_START = 1;
  private static final byte NO_START = 2;

  /** Set in every answer of {@link #atWord}: a word's rules are known (none may start, too). */
  static final long KNOWN = 1L << 63;

  /** The answer of {@link #atWord} when the word is not judged: every rule may start there. */
  static final long ANY = -1L;

  /** Words remembered by {@link #atWord}; a word seen after that is probed each time. */
  static final int WORDS_KEPT = 20_000;

  /** Longer words (with the character after them) are not judged. */
  private static final int LONGEST_WORD = 24;

  private final List<Rule> rules;

  /** Per rule and first character: 0 not probed yet, else MAY_START or NO_START. */
  private final byte[][] seen;

  /** Per word after a space, with the character after it: bit ri set when rule ri may start. */
  private final ConcurrentHashMap<String, Long> words = new ConcurrentHashMap<>();

  RuleStarts(List<Rule> rules) {
    this.rules = rules;
    this.seen = new byte[rules.size()][GATED];
  }

  /**
   * {@link #may} at token {@code tok}, then {@link #atWord} of that token, asked once an article:
   * {@code known} holds each token's answer (0 not asked yet).
   */
  boolean may(int ri, String s, TriggerIndex.Tokens tokens, int tok, long[] known) {
    int st = tokens.starts()[tok];
    if (!may(ri, s, st)) {
      return false;
    }
    long word = known[tok];
    if (word == 0) {
      word = atWord(s, st, tokens.ends()[tok]);
      known[tok] = word;
    }
    return (word & (1L << ri)) != 0;
  }

  /**
   * Which rules may match at the word {@code [st, end)} of {@code s}: bit {@code ri} set when rule
   * {@code ri} may, always with {@link #KNOWN}; {@link #ANY} unless the word follows a space and it
   * and the character after it are all below U+0700. Most words near a trigger word ("في", "مع",
   * "وزير") start no rule at all, yet pass the first-character table (a clitic, the article). A
   * rule is probed on the space, the word and the next character alone, as {@link #may} probes the
   * first character: no match, end of input not reached, means the rule rejects the word on any
   * text that has those characters there, since its lookbehinds read one character back.
   */
  long atWord(String s, int st, int end) {
    int to = Math.min(s.length(), end + 1);
    if (st == 0 || s.charAt(st - 1) != ' ' || to - st > LONGEST_WORD || rules.size() > 63) {
      return ANY;
    }
    for (int i = st; i < to; i++) {
      if (s.charAt(i) >= GATED) {
        return ANY;
      }
    }
    String key = s.substring(st, to);
    Long known = words.get(key);
    if (known != null) {
      return known;
    }
    String text = " " + key;
    long mask = KNOWN;
    for (int ri = 0; ri < rules.size(); ri++) {
      Matcher probe = rules.get(ri).pattern().matcher(text);
      probe.useTransparentBounds(true);
      probe.useAnchoringBounds(false);
      probe.region(1, text.length());
      if (probe.lookingAt() || probe.hitEnd()) {
        mask |= 1L << ri;
      }
    }
    if (words.size() < WORDS_KEPT) {
      words.putIfAbsent(key, mask);
    }
    return mask;
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
