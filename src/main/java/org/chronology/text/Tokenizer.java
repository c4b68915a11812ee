package org.chronology.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a normalised text into words: runs of letters and digits (Arabic, Latin, numerals). */
public final class Tokenizer {

  private Tokenizer() {}

  /**
   * {@link Character#isLetterOrDigit(char)} of every char, one bit each (8 KB): read for every
   * character of every article by the tokenizer and the date tagger's word index, where the
   * property look-up took several dependent table reads a character.
   */
  private static final long[] WORD_CHARS = wordChars();

  private static long[] wordChars() {
    long[] bits = new long[(Character.MAX_VALUE + 1) >>> 6];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isLetterOrDigit((char) c)) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  /** True for characters that belong to a word: {@link Character#isLetterOrDigit(char)}. */
  public static boolean isWordChar(char c) {
    return (WORD_CHARS[c >>> 6] & (1L << c)) != 0;
  }

  public static List<Token> tokenize(String normalized) {
    List<Token> tokens = new ArrayList<>(normalized.length() / 5 + 1);
    int n = normalized.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(normalized.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(normalized.charAt(i))) {
        i++;
      }
      tokens.add(new Token(tokens.size(), start, i, normalized.substring(start, i)));
    }
    return tokens;
  }

  /** Splits a phrase into normalised words (for building matchers from word lists). */
  public static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (Token t : tokenize(ArabicNormalizer.key(phrase))) {
      out.add(t.text());
    }
    return out;
  }
}
