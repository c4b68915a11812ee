package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.chronology.bench.SyntheticArticles;
import org.chronology.event.service.ReextractionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up builds the extractor while it reads and stores the corpus folder, not after: the
 * folder's articles are all stored while the build is still under way, and the extraction that
 * follows waits for it and extracts every one of them.
 */
@QuarkusTest
class ExtractorAheadTest {

  @Inject ArticleService articles;
  @Inject ReextractionService extraction;

  @AfterEach
  void clean() {
    articles.extractorAhead(null);
    TestArticles.remove();
  }

  @Test
  void theExtractorIsBuiltWhileTheFolderIsStored(@TempDir Path dir) throws Exception {
    String run = UUID.randomUUID().toString();
    SyntheticArticles writer = new SyntheticArticles(UUID.randomUUID().getMostSignificantBits());
    int n = FolderIngest.GROUP + 3; // two groups, two transactions
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve("test-ahead-" + i + "-" + run + ".txt"), writer.article(i));
    }
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    articles.extractorAhead(
        () -> {
          entered.countDown();
          try {
            release.await(2, TimeUnit.MINUTES);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return extraction.extractor();
        });
    CompletableFuture<ArticleService.BulkReport> startUp =
        CompletableFuture.supplyAsync(() -> articles.startUp(dir, List.of()));
    try {
      // The build is held; the folder's ingest goes on meanwhile and stores every file.
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (stored(run) < n && System.nanoTime() < deadline && !startUp.isDone()) {
        Thread.sleep(50);
      }
      assertEquals(n, stored(run), "the folder stored while the extractor is being built");
      assertTrue(
          entered.await(10, TimeUnit.SECONDS),
          "the extractor's build began before the folder's ingest ended");
      Thread.sleep(200);
      assertTrue(!startUp.isDone(), "the extraction waits for the extractor built ahead");
    } finally {
      release.countDown();
    }
    ArticleService.BulkReport r = startUp.get(5, TimeUnit.MINUTES);
    assertEquals(n, r.count(org.chronology.article.ingest.IngestOutcome.Result.NEW));
    assertEquals(0, r.failed());
    assertEquals(n, extracted(run), "every article of the folder extracted");
  }

  private static long stored(String run) {
    return count("select count(*) from article where source like ?1", run);
  }

  private static long extracted(String run) {
    return count(
        "select count(*) from article where source like ?1 and extraction_state = 'done'", run);
  }

  private static long count(String sql, String run) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        Article.getEntityManager()
                            .createNativeQuery(sql)
                            .setParameter(1, "test-ahead-%-" + run + ".txt")
                            .getSingleResult())
                    .longValue());
  }
}
