package org.chronology.article;

import static org.chronology.article.HeldBatchFixture.BOUND_SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.chronology.actor.ActorService;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.Sidecar;
import org.chronology.db.Sql;
import org.chronology.event.service.ExtractorProducer;
import org.chronology.event.service.ReextractionService;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.revision.RevisionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one database: an upload merged by another instance while this one's background
 * re-extraction is inside a batch waits for the article under way, not for the batch (issue #10).
 * The other instance is a second {@link ReextractionService} of its own (its own {@code
 * MergeTurns}, which this instance's batch cannot see), writing through its own connections, as
 * another JVM would: what it has in common with this instance's batch is PostgreSQL only.
 */
@QuarkusTest
class UploadOnAnotherInstanceDuringBatchTest {

  @Inject ArticleService articles;
  @Inject ArticleIngestService ingest;
  @Inject ExtractorProducer extractors;
  @Inject ActorService actors;
  @Inject RevisionService revisions;

  @AfterEach
  void clean() {
    TestArticles.remove();
  }

  /** Whether a session waits for an advisory lock (the other instance's merge, for the batch's). */
  private static boolean someoneWaitsForAnAdvisoryLock() {
    return Sql.number("select count(*) from pg_locks where locktype = 'advisory' and not granted")
        > 0;
  }

  @Test
  void anotherInstancesUploadIsMergedWhileABatchIsHeldInsideItsMerge() throws Exception {
    List<Long> pending = HeldBatchFixture.pending(ingest, "test-batch-");
    ReextractionService other = new ReextractionService(extractors, actors, revisions);
    CountDownLatch otherWaits = new CountDownLatch(1);
    HeldBatchFixture batch = new HeldBatchFixture();
    try {
      Future<ArticleService.BulkReport> run =
          batch.threads.submit(
              () ->
                  articles.completePendingInBackground(
                      null,
                      // Held after its first article until the other instance's merge waits.
                      batch.hold(otherWaits::await)));
      assertTrue(batch.held.await(BOUND_SECONDS, TimeUnit.SECONDS), "the batch is merging");

      // The upload, stored by the other instance (pending) and merged there.
      String name = "test-upload-" + UUID.randomUUID() + ".txt";
      long id = ingest.ingest(name, HeldBatchFixture.seedText(3, name), Sidecar.EMPTY).articleId();
      EventExtractor extractor = other.extractor();
      ArticleText text =
          QuarkusTransaction.requiringNew()
              .call(() -> ReextractionService.text(Article.findById(id)));
      List<ExtractedEvent> events = extractor.extract(text);
      Future<ReextractionService.Report> upload =
          batch.threads.submit(() -> other.mergeArticle(extractor, id, events, new HashMap<>()));
      for (int i = 0; i < BOUND_SECONDS * 50 && !someoneWaitsForAnAdvisoryLock(); i++) {
        Thread.sleep(20);
      }
      assertTrue(someoneWaitsForAnAdvisoryLock(), "the other instance's merge waits for the batch");
      otherWaits.countDown();

      HeldBatchFixture.awaitUpload(upload);

      HeldBatchFixture.assertMerged(id);
      assertEquals("done", TestArticles.state(pending.get(0))[0], "the batch's first article");
      assertEquals(
          "pending",
          TestArticles.state(pending.get(2))[0],
          "the batch is still held: its last article is not merged yet");

      batch.assertRunCompletes(run, pending);
      assertEquals("done", TestArticles.state(id)[0], "the upload stays merged");
    } finally {
      otherWaits.countDown();
      batch.close();
    }
  }
}
