package org.chronology.event.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chronology.db.Sql;
import org.chronology.text.ArabicNormalizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The search document of V21 (a regexp without capture groups) is V3's, character for character: on
 * every article of the repository, whole and line by line, as written and as the search text the
 * events store (ArabicNormalizer.key), on edge cases, and on every string of up to five characters
 * over the clitics' letters, another letter and blanks. So the search vectors stored before V21
 * (V11's generated column) are what V21 computes, which the last test checks on every event of the
 * database.
 */
@QuarkusTest
public class SearchDocTest {

  /** V3's chronology_search_doc, of the text bound as {@code ?1} (an array: of its elements). */
  private static final String V3 =
      "(t || ' ' || regexp_replace(t,"
          + " '(^|\\s)(وال|بال|فال|كال|لل|ال|و|ف|ب|ل|ك)(\\S{2,})', '\\1\\3', 'g'))";

  private static final String MARK = "search-doc-test";

  @AfterEach
  void remove() {
    Sql.update("delete from event where title like ?1", MARK + "%");
  }

  /** How many of {@code texts} V21's function writes otherwise than V3's; all must be equal. */
  private static long differing(List<String> texts) {
    return Sql.number(
        "select count(*) from unnest(cast(?1 as text[])) as x (t)"
            + " where chronology_search_doc(t) is distinct from "
            + V3,
        (Object) texts.toArray(String[]::new));
  }

  /** Every article text in the repository: the corpus, the evaluation sets and the held-out set. */
  public static List<String> articleTexts() throws IOException {
    List<Path> folders =
        List.of(
            Path.of("corpus"),
            Path.of("src/test/resources/eval/dev/articles"),
            Path.of("src/test/resources/eval/test/articles"),
            Path.of("src/test/resources/heldout/articles"));
    List<String> texts = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          texts.add(Files.readString(f));
        }
      }
    }
    return texts;
  }

  @Test
  void everyArticleGivesV3sDocument() throws IOException {
    List<String> articles = articleTexts();
    assertTrue(articles.size() > 700, "the repository's articles: " + articles.size());
    List<String> texts = new ArrayList<>();
    for (String a : articles) {
      texts.add(a);
      texts.add(ArabicNormalizer.key(a));
      for (String line : a.split("\n")) {
        texts.add(line);
        texts.add(ArabicNormalizer.key(line));
      }
    }
    assertEquals(0, differing(texts), "texts of " + texts.size() + " whose document changed");
    // The texts do exercise the replacement: most lose a clitic somewhere.
    assertTrue(
        Sql.number(
                "select count(*) from unnest(cast(?1 as text[])) as x (t)"
                    + " where chronology_search_doc(t) <> t || ' ' || t",
                (Object) articles.toArray(String[]::new))
            > articles.size() / 2);
  }

  @Test
  void edgeCasesGiveV3sDocument() {
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
            "\tوزير\nوالملك\r\nفالرئيس",
            "x\u00a0وزير",
            "x\u200bوزير",
            "«وزير» (والملك) ،بالقرار",
            "abc وabc والab الa",
            "وزيرووزير",
            "ك كك ككك كككك");
    assertEquals(0, differing(cases), "edge cases whose document changed");
    assertEquals(
        "null",
        Sql.text("select chronology_search_doc(cast(null as text))"),
        "no text, no document");
  }

  @Test
  void everyShortStringGivesV3sDocument() {
    // Every string of up to five characters over و ا ل ب ف ك, a Latin letter, a space, a tab, a
    // line break and a no-break space: 11^0 + … + 11^5 strings.
    long[] counted =
        Sql.call(
            em -> {
              Object[] r =
                  (Object[])
                      em.createNativeQuery(
                              "with recursive a (c) as (select unnest(array['و', 'ا', 'ل', 'ب',"
                                  + " 'ف', 'ك', 'x', ' ', chr(9), chr(10), chr(160)])),"
                                  + " s (t, n) as (select '', 0 union all"
                                  + " select s.t || a.c, s.n + 1 from s, a where s.n < 5)"
                                  + " select count(*), count(*) filter (where"
                                  + " chronology_search_doc(t) is distinct from "
                                  + V3
                                  + ") from s")
                          .getSingleResult();
              return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
            });
    assertEquals(1 + 11 + 121 + 1331 + 14641 + 161051, counted[0]);
    assertEquals(0, counted[1], "short strings whose document changed");
  }

  @Test
  void storedVectorsAreV3s() throws IOException {
    List<String> articles = articleTexts();
    for (String a : articles.subList(0, 20)) {
      Sql.update(
          "insert into event (type, title, status, date_start, date_precision, search_text)"
              + " values ('visit', ?1, 'happened', date '1931-02-03', 'day', ?2)",
          MARK,
          ArabicNormalizer.key(a));
    }
    assertTrue(Sql.number("select count(*) from event") >= 20);
    assertEquals(
        0,
        Sql.number(
            "select count(*) from event, lateral (select search_text as t) x"
                + " where search_tsv is distinct from strip(to_tsvector('simple', "
                + V3
                + "))"),
        "stored vectors other than V3's");
  }
}
