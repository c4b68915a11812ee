package org.chronology.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.chronology.db.Sql;
import org.chronology.event.query.SearchDocTest;
import org.chronology.text.ArabicNormalizer;
import org.junit.jupiter.api.Test;

/**
 * The document built in Java (SearchDocument, V34) gives the vector the database's own document
 * gives (V11's expression: strip(to_tsvector('simple', chronology_search_doc(text)))), so a search
 * finds what it found: on every article of the repository, whole and line by line, as written and
 * as the search text the events store (ArabicNormalizer.key), on edge cases, and on every string of
 * up to five characters over the clitics' letters, another letter and blanks. The texts it leaves
 * to the database (null) are those with a {@code <} or a blank other than ASCII's.
 */
@QuarkusTest
class SearchDocumentTest {

  /** How many texts whose Java document gives another vector than the database's document. */
  private static long differing(List<String> texts) {
    List<String> docs = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (String t : texts) {
      String d = SearchDocument.of(t);
      if (d != null) {
        kept.add(t);
        docs.add(d);
      }
    }
    return Sql.number(
        "select count(*) from unnest(cast(?1 as text[]), cast(?2 as text[])) as x (t, d)"
            + " where strip(to_tsvector('simple', d))"
            + " is distinct from strip(to_tsvector('simple', chronology_search_doc(t)))",
        kept.toArray(String[]::new),
        docs.toArray(String[]::new));
  }

  @Test
  void everyArticleGivesTheDatabasesVector() throws IOException {
    List<String> articles = SearchDocTest.articleTexts();
    assertTrue(articles.size() > 700, "the repository's articles: " + articles.size());
    List<String> texts = new ArrayList<>();
    int keys = 0;
    int built = 0;
    for (String a : articles) {
      texts.add(a);
      String key = ArabicNormalizer.key(a);
      texts.add(key);
      keys++;
      built += SearchDocument.of(key) != null ? 1 : 0;
      for (String line : a.split("\n")) {
        texts.add(line);
        texts.add(ArabicNormalizer.key(line));
      }
    }
    assertEquals(0, differing(texts), "texts of " + texts.size() + " whose vector changed");
    // Nearly every search text gets its document here (the database computes the rest).
    assertTrue(built > keys * 9 / 10, built + " of " + keys + " search texts built in Java");
  }

  @Test
  void edgeCasesGiveTheDatabasesVector() {
    List<String> cases =
        List.of(
            "",
            " ",
            "و",
            "وا",
            "وال",
            "والد",
            "والدي",
            "ال",
            "الم",
            "الملك",
            "لل",
            "للا",
            "للاجئين",
            "ولل",
            "وللاجئين",
            "ووو",
            "و و و",
            "وو وو",
            "والوالد",
            "بالبال كالكال فالفال",
            "  وزير  والملك  ",
            "\tوزير\nوالملك\r\nفالرئيس\f\u000bوالوزير",
            "«وزير» (والملك) ،بالقرار",
            "abc وabc والab الa",
            "وزيرووزير",
            "ك كك ككك كككك",
            "والزيارة زيارة الزيارة والزيارة",
            "و😀 وا😀 ال😀😀 وال😀",
            "وزير-الدفاع والوزير-الأول 2023-04-20 1.5 v1.2.3",
            "https://example.org/والزيارة user@example.org /usr/والزيارة",
            "&amp; والزيارة &lt;",
            "WASHINGTON والWashington Washington's");
    assertEquals(0, differing(cases), "edge cases whose vector changed");
    assertNull(SearchDocument.of(null));
    // Left to the database: a tag may span blanks; a blank Java and a locale may read otherwise.
    for (String t : List.of("a <b c=\"d e\"> والزيارة", "x\u00a0وزير", "x\u2028وزير", "x\u3000y")) {
      assertNull(SearchDocument.of(t), t);
    }
    assertNotNull(SearchDocument.of("وزير والملك"));
  }

  @Test
  void eachWordOnceThenTheStrippedForms() {
    assertEquals(
        "والزيارة زيارة الملك والملك ملك ",
        SearchDocument.of("والزيارة زيارة الملك  والملك زيارة"));
    assertEquals("والد الد ", SearchDocument.of("والد"));
    assertEquals("وللاجئين للاجئين ", SearchDocument.of("وللاجئين"));
  }

  @Test
  void everyShortStringGivesTheDatabasesVector() {
    // Every string of up to five characters over و ا ل ب ف ك, a Latin letter, a space, a tab, a
    // line break and a no-break space: 11^0 + … + 11^5 strings.
    char[] alphabet = {'و', 'ا', 'ل', 'ب', 'ف', 'ك', 'x', ' ', '\t', '\n', '\u00a0'};
    List<String> all = new ArrayList<>();
    all.add("");
    int from = 0;
    for (int n = 1; n <= 5; n++) {
      int to = all.size();
      for (int i = from; i < to; i++) {
        for (char c : alphabet) {
          all.add(all.get(i) + c);
        }
      }
      from = to;
    }
    assertEquals(1 + 11 + 121 + 1331 + 14641 + 161051, all.size());
    assertEquals(0, differing(all), "short strings whose vector changed");
  }
}
