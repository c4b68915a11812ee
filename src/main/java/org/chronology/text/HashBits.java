package org.chronology.text;

import java.util.Collection;

/**
 * A bit per word's hash code (its low bits) in front of a set or map of words: most words of a text
 * are in none of the extractor's small word lists, and a clear bit says so from a table of a few
 * cache lines instead of a probe of the set (equal strings have equal hashes, so a clear bit never
 * hides a word). About 16 bits a word; a set bit still needs the set's own answer.
 */
public final class HashBits {

  private final long[] bits;
  private final int mask;

  private HashBits(long[] bits, int mask) {
    this.bits = bits;
    this.mask = mask;
  }

  /** The filter of {@code words} (at least 64 bits, at most 2^20). */
  public static HashBits of(Collection<String> words) {
    int size =
        Math.max(64, Math.min(1 << 20, Integer.highestOneBit(Math.max(1, words.size()) * 16)));
    long[] bits = new long[size / 64];
    int mask = size - 1;
    for (String w : words) {
      int bit = w.hashCode() & mask;
      bits[bit >>> 6] |= 1L << bit;
    }
    return new HashBits(bits, mask);
  }

  /** False when {@code word} is surely none of the words; true when it may be one. */
  public boolean mayContain(String word) {
    int bit = word.hashCode() & mask;
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  /**
   * As {@link #mayContain(String)} for {@code s.substring(from, to)}, without making it: the hash
   * is {@link String#hashCode}'s, worked out over the characters in place.
   */
  public boolean mayContain(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + s.charAt(i);
    }
    int bit = h & mask;
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }
}
