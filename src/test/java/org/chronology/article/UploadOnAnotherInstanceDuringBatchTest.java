package org.chronology.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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

  /** Bounds only a broken run (the batch never giving way); no time is asserted. */
  private static final long BOUND_SECONDS = 90;

  /**
   * The other instance's merge's bound: below the transaction timeout (60 s), after which the held
   * batch would be aborted and the merge let through.
   */
  private static final long UPLOAD_BOUND_SECONDS = 45;

  @Inject ArticleService articles;
  @Inject ArticleIngestService ingest;
  @Inject ExtractorProducer extractors;
  @Inject ActorService actors;
  @Inject RevisionService revisions;

  @AfterEach
  void clean() {
    TestArticles.remove();
  }

  /** The {@code n}-th seed article's text with a name of the test's own appended (new content). */
  private static byte[] seedText(int n, String name) throws IOException {
    Path seed;
    try (var files = Files.list(Path.of("corpus"))) {
      seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().skip(n).findFirst().get();
    }
    return (Files.readString(seed, StandardCharsets.UTF_8) + "\n" + name + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Whether a session waits for an advisory lock (the other instance's merge, for the batch's). */
  private static boolean someoneWaitsForAnAdvisoryLock() {
    return Sql.number("select count(*) from pg_locks where locktype = 'advisory' and not granted")
        > 0;
  }

  @Test
  void anotherInstancesUploadIsMergedWhileABatchIsHeldInsideItsMerge() throws Exception {
    // Three pending articles: one batch of this instance's background run.
    List<Long> pending = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      // Numbered so that the run takes them in this order (by source): the last is merged last.
      String name = "test-batch-" + i + "-" + UUID.randomUUID() + ".txt";
      Long id = ingest.ingest(name, seedText(i, name), Sidecar.EMPTY).articleId();
      assertNotNull(id);
      pending.add(id);
    }
    ReextractionService other = new ReextractionService(extractors, actors, revisions);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch otherWaits = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger merged = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<ArticleService.BulkReport> run =
          threads.submit(
              () ->
                  articles.completePendingInBackground(
                      null,
                      () -> {
                        // Inside the batch's transaction, holding the merge lock.
                        try {
                          if (merged.getAndIncrement() == 0) {
                            inside.countDown();
                            // Held after its first article until the other instance's merge waits.
                            otherWaits.await();
                          } else {
                            // The rest of the run is held until the upload has been looked at.
                            release.await();
                          }
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                          throw new IllegalStateException(e);
                        }
                      }));
      assertTrue(inside.await(BOUND_SECONDS, TimeUnit.SECONDS), "the batch is merging");

      // The upload, stored by the other instance (pending) and merged there.
      String name = "test-upload-" + UUID.randomUUID() + ".txt";
      long id = ingest.ingest(name, seedText(3, name), Sidecar.EMPTY).articleId();
      EventExtractor extractor = other.extractor();
      ArticleText text =
          QuarkusTransaction.requiringNew()
              .call(() -> ReextractionService.text(Article.findById(id)));
      List<ExtractedEvent> events = extractor.extract(text);
      Future<ReextractionService.Report> upload =
          threads.submit(() -> other.mergeArticle(extractor, id, events, new HashMap<>()));
      for (int i = 0; i < BOUND_SECONDS * 50 && !someoneWaitsForAnAdvisoryLock(); i++) {
        Thread.sleep(20);
      }
      assertTrue(someoneWaitsForAnAdvisoryLock(), "the other instance's merge waits for the batch");
      otherWaits.countDown();

      // Without giving way the batch keeps the lock until released, and this never returns.
      upload.get(UPLOAD_BOUND_SECONDS, TimeUnit.SECONDS);

      assertEquals("done", TestArticles.state(id)[0], "the upload is merged");
      assertTrue(TestArticles.events(id) > 0, "its events are committed");
      given().get("/api/events?article=" + id).then().statusCode(200).body("total", greaterThan(0));
      assertEquals("done", TestArticles.state(pending.get(0))[0], "the batch's first article");
      assertEquals(
          "pending",
          TestArticles.state(pending.get(2))[0],
          "the batch is still held: its last article is not merged yet");

      release.countDown();
      ArticleService.BulkReport report = run.get(BOUND_SECONDS, TimeUnit.SECONDS);
      assertEquals(0, report.failed(), "the batch's articles are all merged");
      for (long p : pending) {
        assertEquals("done", TestArticles.state(p)[0], "article " + p);
        assertTrue(TestArticles.events(p) > 0, "article " + p + " has its events");
      }
      assertEquals("done", TestArticles.state(id)[0], "the upload stays merged");
    } finally {
      otherWaits.countDown();
      release.countDown();
      threads.shutdownNow();
    }
  }
}
