package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.chronology.bench.SyntheticArticles;
import org.chronology.db.Sql;
import org.chronology.event.service.ReextractionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder's bulk run merges {@link ArticleMerges#BATCH} articles a transaction: one happening
 * reported by articles in the same batch and in a later one is one event all the same, and the
 * result is the one a full re-extraction gives.
 */
@QuarkusTest
class BatchBoundaryMergeTest {

  @Inject ArticleService articles;
  @Inject ReextractionService extraction;

  @AfterEach
  void clean() {
    TestArticles.remove();
  }

  @Test
  void oneHappeningInTwoBatchesIsOneEvent(@TempDir Path dir) throws IOException {
    extraction.reextractAll();
    String run = UUID.randomUUID().toString();
    // The run takes pending articles by name: 000 and 001 are in the first batch, the last one in
    // the second (BATCH synthetic articles between them).
    report(dir, "test-bb-000-" + run, "كريستوفر لانداو", run + "-a");
    report(dir, "test-bb-001-" + run, "كريستوفر لاندو", run + "-b");
    SyntheticArticles writer = new SyntheticArticles(UUID.randomUUID().getMostSignificantBits());
    for (int i = 0; i < ArticleMerges.BATCH; i++) {
      Files.writeString(
          dir.resolve(String.format("test-bb-%03d-%s.txt", i + 2, run)), writer.article(i));
    }
    String last = String.format("test-bb-%03d-%s", ArticleMerges.BATCH + 2, run);
    report(dir, last, "كريستوفر لانداو", run + "-c");

    ArticleService.BulkReport r = articles.addFolder(dir);
    assertEquals(ArticleMerges.BATCH + 3, r.extracted(), r.toString());
    assertEquals(0, r.failed(), r.toString());

    long events =
        Sql.number(
            "select count(distinct m.event_id) from mention m join article a on a.id ="
                + " m.article_id where a.source in (?1, ?2, ?3)",
            "test-bb-000-" + run + ".txt",
            "test-bb-001-" + run + ".txt",
            last + ".txt");
    assertEquals(1, events, "the three reports, in two batches, are one event");
    List<String> bulk = TestArticles.snapshot();
    extraction.reextractAll();
    assertEquals(TestArticles.snapshot(), bulk, "the bulk run equals a full re-extraction");
  }

  /** One report of the envoy's statement, the person spelt {@code name}, dated by its sidecar. */
  private static void report(Path dir, String name, String envoy, String tag) throws IOException {
    Files.writeString(
        dir.resolve(name + ".txt"),
        "صرح المبعوث " + envoy + " أمس بأن المحادثات ستستمر.\n" + tag + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve(name + ".meta.json"),
        "{\"published\": \"2019-03-12\"}",
        StandardCharsets.UTF_8);
  }
}
