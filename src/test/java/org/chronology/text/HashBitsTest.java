package org.chronology.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashBitsTest {

  /** Random Arabic and Latin words of 1–8 letters (seeded: the same words each run). */
  private static List<String> words(int count, long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(8);
      for (int k = 0; k < n; k++) {
        b.append(
            r.nextBoolean() ? (char) ('\u0621' + r.nextInt(42)) : (char) ('a' + r.nextInt(26)));
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void everyWordOfTheSetMayBeInItAndMostOtherWordsSurelyAreNot() {
    List<String> in = words(2_000, 1);
    HashBits bits = HashBits.of(in);
    in.forEach(w -> assertTrue(bits.mayContain(w), w));
    Set<String> set = new HashSet<>(in);
    int other = 0;
    int passed = 0;
    for (String w : words(20_000, 2)) {
      if (!set.contains(w)) {
        other++;
        passed += bits.mayContain(w) ? 1 : 0;
      }
    }
    // About 16 bits a word: roughly one other word in 16 passes the filter, never most of them.
    assertTrue(passed < other / 4, passed + " of " + other);
  }

  @Test
  void aSliceOfATextIsAnsweredAsItsSubstring() {
    HashBits bits = HashBits.of(words(300, 3));
    String text = String.join(" ", words(500, 3)) + " " + String.join("", words(50, 4));
    for (int from = 0; from < text.length(); from += 7) {
      for (int to = from; to <= Math.min(text.length(), from + 12); to++) {
        assertEquals(
            bits.mayContain(text.substring(from, to)),
            bits.mayContain(text, from, to),
            from + ".." + to);
      }
    }
  }

  @Test
  void anEmptySetHoldsNoWord() {
    HashBits bits = HashBits.of(List.of());
    assertEquals(false, bits.mayContain("في"));
    assertEquals(false, bits.mayContain("", 0, 0));
  }
}
