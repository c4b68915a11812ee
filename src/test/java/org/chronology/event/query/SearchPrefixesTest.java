package org.chronology.event.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The search document (V3__search.sql) strips the same article prefixes the query side tries
 * (lang/ar/search/article-prefixes.tsv): one list of words, checked in two places.
 */
class SearchPrefixesTest {

  @Test
  void theSqlDocumentStripsEveryPrefixTheQueryTries() throws IOException {
    String sql;
    try (InputStream in = getClass().getResourceAsStream("/db/migration/V3__search.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("\\(\\^\\|\\\\s\\)\\(([^)]*)\\)").matcher(sql);
    assertTrue(m.find(), "the prefix alternation of the search document");
    List<String> alternatives = List.of(m.group(1).split("\\|"));
    List<String> articles = alternatives.stream().filter(a -> a.length() >= 2).toList();
    assertEquals(SearchQuery.ARTICLE_PREFIXES, articles);
  }
}
