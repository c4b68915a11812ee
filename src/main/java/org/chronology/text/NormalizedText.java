package org.chronology.text;

import java.util.Arrays;

/**
 * A normalised copy of a text with the map back to the original: every normalised character came
 * from exactly one original character, so a span in {@link #text()} maps to a span of the original.
 */
public final class NormalizedText {

  private final String original;
  private final String text;
  private final int[] toOriginal;

  NormalizedText(String original, String text, int[] toOriginal, int length) {
    this.original = original;
    this.text = text;
    this.toOriginal =
        length + 1 == toOriginal.length ? toOriginal : Arrays.copyOf(toOriginal, length + 1);
  }

  /** The text as stored. */
  public String original() {
    return original;
  }

  /** The normalised text that matchers run on. */
  public String text() {
    return text;
  }

  /** Original offset of the normalised character at {@code normalizedIndex} (start of a span). */
  public int originalStart(int normalizedIndex) {
    return toOriginal[normalizedIndex];
  }

  /**
   * Original end offset (exclusive) of a normalised span ending at {@code normalizedEnd}: just
   * after the last original character that produced it, so dropped marks after it stay outside the
   * span.
   */
  public int originalEnd(int normalizedEnd) {
    if (normalizedEnd == 0) {
      return 0;
    }
    int end = toOriginal[normalizedEnd - 1] + 1;
    // Harakat and tatweel written after the last letter belong to it ("غداً" keeps its tanween).
    while (end < toOriginal[normalizedEnd] && isMark(original.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isMark(char c) {
    return ArabicNormalizer.isHaraka(c)
        || c == ArabicNormalizer.SUPERSCRIPT_ALEF
        || c == ArabicNormalizer.TATWEEL;
  }

  /** Length of the normalised text. */
  public int length() {
    return text.length();
  }

  /** The original text of a normalised span. */
  public String originalSlice(int normalizedStart, int normalizedEnd) {
    if (normalizedEnd <= normalizedStart) {
      return ""; // an empty span (found by fuzzing: text that normalises to nothing threw)
    }
    return original.substring(originalStart(normalizedStart), originalEnd(normalizedEnd));
  }
}
