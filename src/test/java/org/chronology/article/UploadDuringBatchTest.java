package org.chronology.article;

import static org.chronology.article.HeldBatchFixture.BOUND_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.event.service.ReextractionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An upload during a background re-extraction waits for the article the batch is merging, not for
 * the whole batch (issue #10: 6–13 s to visible at a million articles, against under 1 s idle): the
 * batch commits what it merged and lets the upload's merge go first, then merges the rest.
 */
@QuarkusTest
class UploadDuringBatchTest {

  @Inject ArticleService articles;
  @Inject ArticleIngestService ingest;
  @Inject ReextractionService extraction;

  @AfterEach
  void clean() {
    TestArticles.remove();
  }

  @Test
  void anUploadIsMergedAndVisibleWhileABatchIsHeldInsideItsMerge() throws Exception {
    List<Long> pending = HeldBatchFixture.pending(ingest, "test-batch-");
    try (HeldBatchFixture batch = new HeldBatchFixture()) {
      Future<ArticleService.BulkReport> run =
          batch.threads.submit(
              () ->
                  articles.completePendingInBackground(
                      null,
                      // Held after its first article until an upload asks for the lock.
                      batch.hold(() -> extraction.turns().awaitInteractive())));
      assertTrue(batch.held.await(BOUND_SECONDS, TimeUnit.SECONDS), "the batch is merging");

      long id = batch.upload(articles);

      HeldBatchFixture.assertMerged(id);
      assertEquals(
          "pending",
          TestArticles.state(pending.get(2))[0],
          "the batch is still held: its last article is not merged yet");

      batch.assertRunCompletes(run, pending);
    }
  }
}
