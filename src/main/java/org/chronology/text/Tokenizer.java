package org.chronology.text;

import java.util.ArrayList;
import java.util.List;

/** Splits a normalised text into words: runs of letters and digits (Arabic, Latin, numerals). */
public final class Tokenizer {

  private Tokenizer() {}

  /** True for characters that belong to a word. */
  public static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
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
