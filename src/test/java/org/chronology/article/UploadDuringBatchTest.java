package org.chronology.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.Sidecar;
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

  /** Bounds only a broken run (the batch never giving way); no time is asserted. */
  private static final long BOUND_SECONDS = 90;

  /**
   * The upload's bound: below the transaction timeout (60 s), after which the held batch would be
   * aborted and the upload let through.
   */
  private static final long UPLOAD_BOUND_SECONDS = 45;

  @Inject ArticleService articles;
  @Inject ArticleIngestService ingest;
  @Inject ReextractionService extraction;

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

  @Test
  void anUploadIsMergedAndVisibleWhileABatchIsHeldInsideItsMerge() throws Exception {
    // Three pending articles: one batch of the background run.
    List<Long> pending = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      // Numbered so that the run takes them in this order (by source): the last is merged last.
      String name = "test-batch-" + i + "-" + UUID.randomUUID() + ".txt";
      Long id = ingest.ingest(name, seedText(i, name), Sidecar.EMPTY).articleId();
      assertNotNull(id);
      pending.add(id);
    }
    CountDownLatch inside = new CountDownLatch(1);
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
                            // Held after its first article until an upload asks for the lock.
                            extraction.turns().awaitInteractive();
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

      String name = "test-upload-" + UUID.randomUUID() + ".txt";
      byte[] text = seedText(3, name);
      Future<IngestOutcome> upload = threads.submit(() -> articles.add(name, text, Sidecar.EMPTY));
      // Without giving way the batch keeps the lock until released, and this never returns.
      IngestOutcome o = upload.get(UPLOAD_BOUND_SECONDS, TimeUnit.SECONDS);
      long id = o.articleId();

      assertEquals("done", TestArticles.state(id)[0], "the upload is merged");
      assertTrue(TestArticles.events(id) > 0, "its events are committed");
      given().get("/api/events?article=" + id).then().statusCode(200).body("total", greaterThan(0));
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
    } finally {
      release.countDown();
      threads.shutdownNow();
    }
  }
}
