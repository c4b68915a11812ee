package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.Sidecar;
import org.chronology.bench.SyntheticArticles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database error in one article's merge during a bulk run fails that article only: it is marked
 * failed with the reason, the other articles are extracted, and the run ends even when an article
 * cannot be marked at all. The errors are real constraint violations raised by PostgreSQL.
 */
@QuarkusTest
class BulkFailureTest {

  private static final String VISITS =
      "زار وزير الخارجية الأذربيجاني تل أبيب في 12 مارس 1931.\n"
          + "التقى الرئيس الأذربيجاني وزير الدفاع الإسرائيلي في باكو في 14 مارس 1931.\n";

  @Inject ArticleService articles;
  @Inject ArticleIngestService ingest;

  private final List<String> constraints = new ArrayList<>();

  @AfterEach
  void clean() {
    for (String c : constraints) {
      sql("alter table " + c);
    }
    constraints.clear();
    TestArticles.remove();
  }

  @Test
  void aDatabaseErrorInOneArticlesMergeFailsThatArticleOnlyAndTheRunGoesOn(@TempDir Path dir)
      throws Exception {
    // Stored (pending) before the run; its mentions then break a constraint in the merge.
    String poisonedName = "test-poisoned-" + UUID.randomUUID() + ".txt";
    byte[] poisonedBytes = (VISITS + poisonedName).getBytes(StandardCharsets.UTF_8);
    long poisoned = ingest.ingest(poisonedName, poisonedBytes, Sidecar.EMPTY).articleId();
    // Stored and never markable: any change of its extraction state is refused, so it stays
    // pending whatever the run does with it.
    String stuckName = "test-stuck-" + UUID.randomUUID() + ".txt";
    long stuck =
        ingest
            .ingest(
                stuckName,
                ("أجرى الجيش الأذربيجاني مناورات عسكرية قرب الحدود الإيرانية في 20 مارس 1931.\n"
                        + stuckName)
                    .getBytes(StandardCharsets.UTF_8),
                Sidecar.EMPTY)
            .articleId();
    String suffix = Long.toString(System.nanoTime());
    constrain(
        "mention",
        "test_merge_fails_" + suffix,
        "article_id not in (" + poisoned + ", " + stuck + ")");
    constrain(
        "article",
        "test_never_marked_" + suffix,
        "id <> " + stuck + " or extraction_state = 'pending'");

    SyntheticArticles writer = new SyntheticArticles(UUID.randomUUID().getMostSignificantBits());
    int n = 4;
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve("test-bulk-" + UUID.randomUUID() + ".txt"), writer.article(i));
    }

    // Before, the run stopped at the first error, or looped for ever on an article left pending;
    // the bound only keeps a broken run from hanging the build.
    ArticleService.BulkReport r =
        CompletableFuture.supplyAsync(() -> articles.addFolder(dir)).get(10, TimeUnit.MINUTES);

    List<Long> others = TestArticles.stored(r);
    assertEquals(n, others.size(), r.outcomes().toString());
    for (long id : others) {
      assertEquals("done", TestArticles.state(id)[0], "article " + id + " extracted");
      assertTrue(TestArticles.events(id) > 0, "article " + id + " has its events");
    }
    Object[] state = TestArticles.state(poisoned);
    assertEquals("failed", state[0], "the article whose merge failed is marked failed");
    assertTrue(
        String.valueOf(state[2]).contains("test_merge_fails_" + suffix),
        "the reason names what failed: " + state[2]);
    assertEquals(0, TestArticles.events(poisoned), "its merge was rolled back");
    assertEquals("pending", TestArticles.state(stuck)[0], "left for the next run");
    assertTrue(r.failed() >= 2, "both counted as failed: " + r);
    assertEquals(n, r.extracted(), r.toString());

    // An upload whose merge fails the same way is answered (the article marked failed), not thrown.
    IngestOutcome meanwhile = articles.add(poisonedName, poisonedBytes, Sidecar.EMPTY);
    assertEquals(IngestOutcome.Result.DUPLICATE, meanwhile.result());
    assertEquals("failed", TestArticles.state(poisoned)[0]);

    // Once the cause is gone, uploading the article again extracts it.
    sql("alter table mention drop constraint test_merge_fails_" + suffix);
    constraints.remove(0);
    IngestOutcome again = articles.add(poisonedName, poisonedBytes, Sidecar.EMPTY);
    assertEquals(IngestOutcome.Result.DUPLICATE, again.result());
    assertEquals("done", TestArticles.state(poisoned)[0]);
    assertTrue(TestArticles.events(poisoned) > 0);
  }

  private void constrain(String table, String name, String check) {
    sql("alter table " + table + " add constraint " + name + " check (" + check + ") not valid");
    constraints.add(table + " drop constraint if exists " + name);
  }

  private static void sql(String statement) {
    QuarkusTransaction.requiringNew()
        .run(() -> Article.getEntityManager().createNativeQuery(statement).executeUpdate());
  }
}
