package org.chronology.event;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chronology.text.TsvResource;

/**
 * The document an event's search vector is made from, built here instead of by the database's
 * {@code chronology_search_doc} (V3, V21) for the events the merge inserts (V34).
 *
 * <p>The database's document is the search text twice: as written, then with the clitic stripped
 * from every blank-separated word that starts with one (و، ف، ب، ل، ك and the article ال with
 * them), and {@code strip(to_tsvector('simple', …))} of it is the stored vector. A vector without
 * positions is a set of lexemes, and the parser never joins text across a blank (save inside an
 * HTML tag or comment, which needs a {@code <}), so the same set comes from each distinct word
 * once, followed by the stripped forms of the words that have a clitic: usually less than half as
 * much text to parse, and no regular expression over the whole text in the database.
 *
 * <p>A text with a {@code <}, or with a blank other than the six ASCII ones (where the database's
 * {@code \s} and Java could disagree), gets no document here ({@code null}): the database then
 * computes the vector itself from the search text (V34's trigger), as before. SearchDocumentTest
 * compares both vectors on every article of the repository and on every short string over the
 * clitics' letters and blanks.
 */
public final class SearchDocument {

  /**
   * V21's clitics, longest first (lang/ar/search/vector-clitics.tsv). The longest one that leaves
   * at least two characters of the word is stripped, once per word.
   */
  static final List<String> CLITICS =
      TsvResource.read("/lang/ar/search/vector-clitics.tsv", 1).stream().map(r -> r[0]).toList();

  /**
   * The first characters of {@link #CLITICS}: a word that starts with none of them has no clitic,
   * which spares most words the look at each clitic (the merge builds a document per new event).
   */
  private static final String CLITIC_FIRSTS =
      CLITICS.stream().map(c -> c.substring(0, 1)).distinct().reduce("", String::concat);

  private SearchDocument() {}

  /**
   * The document whose {@code strip(to_tsvector('simple', …))} is the vector of {@code text}, or
   * null when the database must compute it (see the class comment).
   */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    int n = text.length();
    Set<String> words = new LinkedHashSet<>();
    int start = -1;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : ' ';
      if (isAsciiBlank(c)) {
        if (start >= 0) {
          words.add(text.substring(start, i));
          start = -1;
        }
      } else if (c == '<' || mayBeBlank(c)) {
        return null;
      } else if (start < 0) {
        start = i;
      }
    }
    StringBuilder doc = new StringBuilder(n + 16);
    for (String w : words) {
      doc.append(w).append(' ');
    }
    Set<String> stripped = new LinkedHashSet<>();
    for (String w : words) {
      String s = withoutClitic(w);
      if (s != null && !words.contains(s)) {
        stripped.add(s);
      }
    }
    for (String s : stripped) {
      doc.append(s).append(' ');
    }
    return doc.toString();
  }

  /** The word without its clitic (V21's rule), or null when it has none. */
  static String withoutClitic(String word) {
    if (word.isEmpty() || CLITIC_FIRSTS.indexOf(word.charAt(0)) < 0) {
      return null;
    }
    for (String c : CLITICS) {
      if (word.startsWith(c)) {
        int rest = word.codePointCount(c.length(), word.length());
        if (rest >= 2) {
          return word.substring(c.length());
        }
      }
    }
    return null;
  }

  /** The Arabic block, U+0600..U+06FF. */
  static final char ARABIC_FIRST = '\u0600';

  static final char ARABIC_LAST = '\u06FF';

  /** PostgreSQL's {@code isspace} in the C locale: the blanks that separate words on both sides. */
  private static boolean isAsciiBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
  }

  /** A character some locale's {@code iswspace} may count as a blank (never an ASCII one). */
  static boolean mayBeBlank(char c) {
    // The Arabic block (most characters of a search text) holds no blank: answered without the
    // two Unicode property look-ups (SearchDocumentFastPathTest checks every character).
    return c > 127
        && (c < ARABIC_FIRST || c > ARABIC_LAST)
        && (Character.isWhitespace(c)
            || Character.isSpaceChar(c)
            || c == '\u0085'
            || c == '\u180E'
            || (c >= '\u200B' && c <= '\u200D')
            || c == '\u2060'
            || c == '\uFEFF');
  }
}
