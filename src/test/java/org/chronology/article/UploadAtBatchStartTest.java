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
 * An upload that arrives while a background batch is at its start (it holds the merge lock and is
 * about to read its stored events, seconds at a million events under load) goes first: the batch
 * ends its transaction before reading or merging anything, and merges its articles after the upload
 * (issue #10). Before, a batch gave way only after its first article.
 */
@QuarkusTest
class UploadAtBatchStartTest {

  /** Bounds only a broken run (the batch never giving way); no time is asserted. */
  private static final long BOUND_SECONDS = 90;

  /** Below the transaction timeout (60 s), after which the held batch would be aborted. */
  private static final long UPLOAD_BOUND_SECONDS = 45;

  @Inject ArticleService articles;
  @Inject ArticleIngestService ingest;
  @Inject ReextractionService extraction;

  @AfterEach
  void clean() {
    TestArticles.remove();
  }

  private static byte[] seedText(int n, String name) throws IOException {
    Path seed;
    try (var files = Files.list(Path.of("corpus"))) {
      seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().skip(n).findFirst().get();
    }
    return (Files.readString(seed, StandardCharsets.UTF_8) + "\n" + name + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anUploadGoesFirstWhenABatchHoldsTheLockBeforeItsFirstArticle() throws Exception {
    List<Long> pending = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String name = "test-start-" + i + "-" + UUID.randomUUID() + ".txt";
      Long id = ingest.ingest(name, seedText(i, name), Sidecar.EMPTY).articleId();
      assertNotNull(id);
      pending.add(id);
    }
    CountDownLatch atStart = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger starts = new AtomicInteger();
    AtomicInteger mergedBeforeRelease = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<ArticleService.BulkReport> run =
          threads.submit(
              () ->
                  articles.completePendingInBackground(
                      null,
                      () -> {
                        // Inside the batch's transaction, holding the merge lock, before its read.
                        try {
                          if (starts.getAndIncrement() == 0) {
                            atStart.countDown();
                            // Held at its start until an upload asks for the lock.
                            extraction.turns().awaitInteractive();
                          } else {
                            // The batch's next transaction waits until the upload is looked at.
                            release.await();
                          }
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                          throw new IllegalStateException(e);
                        }
                      },
                      () -> {
                        if (release.getCount() > 0) {
                          mergedBeforeRelease.incrementAndGet();
                        }
                      }));
      assertTrue(atStart.await(BOUND_SECONDS, TimeUnit.SECONDS), "the batch holds the lock");

      String name = "test-upload-" + UUID.randomUUID() + ".txt";
      byte[] text = seedText(3, name);
      Future<IngestOutcome> upload = threads.submit(() -> articles.add(name, text, Sidecar.EMPTY));
      IngestOutcome o = upload.get(UPLOAD_BOUND_SECONDS, TimeUnit.SECONDS);
      long id = o.articleId();

      assertEquals("done", TestArticles.state(id)[0], "the upload is merged");
      assertTrue(TestArticles.events(id) > 0, "its events are committed");
      given().get("/api/events?article=" + id).then().statusCode(200).body("total", greaterThan(0));
      assertEquals(0, mergedBeforeRelease.get(), "the batch merged no article before the upload");
      for (long p : pending) {
        assertEquals("pending", TestArticles.state(p)[0], "article " + p + " waits for the upload");
      }

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
