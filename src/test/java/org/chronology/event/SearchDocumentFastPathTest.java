package org.chronology.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short cuts of {@link SearchDocument} (no Unicode look-up for the Arabic block, no clitic
 * tried when the word's first character starts none) answer what the full tests answered.
 */
class SearchDocumentFastPathTest {

  /** mayBeBlank as it was, with both property look-ups for every non-ASCII character. */
  private static boolean mayBeBlankInFull(char c) {
    return c > 127
        && (Character.isWhitespace(c)
            || Character.isSpaceChar(c)
            || c == '\u0085'
            || c == '\u180E'
            || (c >= '\u200B' && c <= '\u200D')
            || c == '\u2060'
            || c == '\uFEFF');
  }

  /** withoutClitic as it was: every clitic tried. */
  private static String withoutCliticInFull(String word) {
    for (String c : SearchDocument.CLITICS) {
      if (word.startsWith(c) && word.codePointCount(c.length(), word.length()) >= 2) {
        return word.substring(c.length());
      }
    }
    return null;
  }

  @Test
  void everyCharacterIsABlankOrNotAsBefore() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertEquals(mayBeBlankInFull((char) c), SearchDocument.mayBeBlank((char) c), "U+" + c);
    }
  }

  @Test
  void everyShortWordLosesTheSameClitic() {
    // Every word of up to four characters over the clitics' letters, an Arabic letter that starts
    // none, a Latin letter and a surrogate pair's halves.
    StringBuilder letters = new StringBuilder();
    for (String c : SearchDocument.CLITICS) {
      c.chars().forEach(ch -> letters.append((char) ch));
    }
    letters.append('\u0645').append('x').append('\uD83D').append('\uDE00');
    String alphabet =
        letters
            .chars()
            .distinct()
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    List<String> all = new ArrayList<>();
    all.add("");
    int from = 0;
    for (int n = 1; n <= 4; n++) {
      int to = all.size();
      for (int i = from; i < to; i++) {
        for (char c : alphabet.toCharArray()) {
          all.add(all.get(i) + c);
        }
      }
      from = to;
    }
    for (String c : SearchDocument.CLITICS) {
      all.add(c + "\u0645\u0646");
      all.add(c + "\uD83D\uDE00");
    }
    for (String w : all) {
      assertEquals(withoutCliticInFull(w), SearchDocument.withoutClitic(w), w);
    }
  }
}
