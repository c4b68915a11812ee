package org.chronology.event.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.chronology.text.ArabicNormalizer;
import org.chronology.text.TsvResource;

/**
 * Turns what a reader typed into a PostgreSQL {@code tsquery} for the 'simple' configuration: the
 * text is normalised like {@code event.search_text} (ArabicNormalizer.key), every word must match
 * (AND), each as a prefix ({@code :*}) so that suffixes and attached pronouns do not defeat it. A
 * word that starts with the article or a conjunction plus article (ال، وال، بال، فال، كال، لل) also
 * matches without it; the indexed document carries such words in both forms (V3__search.sql).
 */
public final class SearchQuery {

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * The article with what may stand before it, longest first (lang/ar/search/article-prefixes.tsv).
   */
  static final List<String> ARTICLE_PREFIXES =
      TsvResource.read("/lang/ar/search/article-prefixes.tsv", 1).stream().map(r -> r[0]).toList();

  private SearchQuery() {}

  /** The tsquery, or null when the text holds no word at all. */
  public static String tsquery(String text) {
    List<String> terms = new ArrayList<>();
    for (String word : NOT_WORD.split(ArabicNormalizer.key(text))) {
      if (word.isEmpty()) {
        continue;
      }
      String stem = withoutArticle(word);
      terms.add(stem.equals(word) ? word + ":*" : "(" + word + ":* | " + stem + ":*)");
    }
    return terms.isEmpty() ? null : String.join(" & ", terms);
  }

  static String withoutArticle(String word) {
    for (String p : ARTICLE_PREFIXES) {
      if (word.startsWith(p) && word.length() - p.length() >= 3) {
        return word.substring(p.length());
      }
    }
    return word;
  }
}
