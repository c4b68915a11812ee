package org.chronology.article;

import static org.chronology.article.HeldBatchFixture.BOUND_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.event.service.ReextractionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An upload that arrives while a background batch is at its start (it holds the merge lock and is
 * about to read its stored events, seconds at a million events under load) goes first: the batch
 * ends its transaction before reading or merging anything, and merges its articles after the upload
 * (issue #10). Before, a batch gave way only after its first article.
 */
@QuarkusTest
class UploadAtBatchStartTest {

  @Inject ArticleService articles;
  @Inject ArticleIngestService ingest;
  @Inject ReextractionService extraction;

  @AfterEach
  void clean() {
    TestArticles.remove();
  }

  @Test
  void anUploadGoesFirstWhenABatchHoldsTheLockBeforeItsFirstArticle() throws Exception {
    List<Long> pending = HeldBatchFixture.pending(ingest, "test-start-");
    AtomicInteger mergedBeforeRelease = new AtomicInteger();
    try (HeldBatchFixture batch = new HeldBatchFixture()) {
      Future<ArticleService.BulkReport> run =
          batch.threads.submit(
              () ->
                  articles.completePendingInBackground(
                      null,
                      // Held at its start, before its read, until an upload asks for the lock; the
                      // batch's next transaction waits until the upload is looked at.
                      batch.hold(() -> extraction.turns().awaitInteractive()),
                      () -> {
                        if (batch.release.getCount() > 0) {
                          mergedBeforeRelease.incrementAndGet();
                        }
                      }));
      assertTrue(batch.held.await(BOUND_SECONDS, TimeUnit.SECONDS), "the batch holds the lock");

      long id = batch.upload(articles);

      HeldBatchFixture.assertMerged(id);
      assertEquals(0, mergedBeforeRelease.get(), "the batch merged no article before the upload");
      for (long p : pending) {
        assertEquals("pending", TestArticles.state(p)[0], "article " + p + " waits for the upload");
      }

      batch.assertRunCompletes(run, pending);
    }
  }
}
