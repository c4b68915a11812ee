package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.Sidecar;
import org.chronology.db.Sql;
import org.chronology.event.service.ReextractionService;
import org.chronology.extraction.ArabicEventExtractor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An upload whose events join events of other articles reads those articles' stored extraction
 * instead of extracting them again, and only while it was made by this extractor over this
 * gazetteer for the article as it is; either way the result is a full re-extraction's.
 */
@QuarkusTest
class StoredExtractionsTest {

  @Inject ArticleService articles;
  @Inject ReextractionService extraction;

  @AfterEach
  void clean() {
    TestArticles.remove();
  }

  @Test
  void aMergeReadsOtherArticlesStoredExtractionWhileItIsCurrent() throws IOException {
    extraction.reextractAll();
    assertEquals(
        Sql.number("select count(*) from article"),
        Sql.number(
            "select count(*) from article_extraction x join article a on a.id = x.article_id"
                + " and a.version = x.article_version where x.extractor_version = ?1",
            ArabicEventExtractor.VERSION),
        "a full run keeps every article's extraction");
    String run = UUID.randomUUID().toString();
    List<Path> seeds;
    try (var files = Files.list(Path.of("corpus"))) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }

    // A copy of a seed article reports the seed's happenings: its events join stored ones.
    long before = extraction.othersExtracted();
    long first = upload(seeds.get(0), run + "-1");
    assertTrue(joined(first) > 0, "the copy joined events of other articles");
    assertEquals(0, extraction.othersExtracted() - before, "no other article extracted again");
    assertEquals(
        1, Sql.number("select count(*) from article_extraction where article_id = ?1", first));

    // Rows made over another gazetteer are not used: the articles are extracted again and their
    // rows replaced.
    Sql.update("update article_extraction set gazetteer = 'another gazetteer'");
    before = extraction.othersExtracted();
    long second = upload(seeds.get(0), run + "-2");
    long again = extraction.othersExtracted() - before;
    assertTrue(again > 0 && again <= joined(second), again + " other articles extracted again");
    assertEquals(
        again,
        Sql.number(
            "select count(*) from article_extraction where gazetteer <> 'another gazetteer'"
                + " and article_id <> ?1",
            second),
        "the articles extracted again have their rows replaced");

    // Rows of an article changed since are not used either.
    Sql.update(
        "update article set version = version + 1 where id <> ?1 and id <> ?2", first, second);
    before = extraction.othersExtracted();
    long third = upload(seeds.get(0), run + "-3");
    assertTrue(extraction.othersExtracted() - before > 0, "changed articles extracted again");

    List<String> incremental = TestArticles.snapshot();
    extraction.reextractAll();
    assertEquals(TestArticles.snapshot(), incremental, "incremental equals a full re-extraction");
    assertTrue(third > second);
  }

  private long upload(Path seed, String tag) throws IOException {
    byte[] bytes =
        (Files.readString(seed, StandardCharsets.UTF_8) + "\n" + tag + "\n")
            .getBytes(StandardCharsets.UTF_8);
    IngestOutcome o = articles.add("test-stored-" + tag + ".txt", bytes, Sidecar.EMPTY);
    assertEquals(IngestOutcome.Result.NEW, o.result(), o.toString());
    assertEquals("done", TestArticles.state(o.articleId())[0]);
    return o.articleId();
  }

  private static long joined(long articleId) {
    return Sql.number(
        "select count(distinct n.article_id) from mention m join mention n on n.event_id ="
            + " m.event_id where m.article_id = ?1 and n.article_id <> ?1",
        articleId);
  }
}
