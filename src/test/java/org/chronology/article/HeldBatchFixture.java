package org.chronology.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/**
 * What the tests of an upload during a background batch share (issue #10): the batch's pending
 * articles, a hook that holds the batch inside its transaction (holding the merge lock) until an
 * upload is under way, the upload and its bounded wait, and the checks that the upload is merged
 * and that the batch then merges all its articles. One per test; closing it lets the batch go.
 */
final class HeldBatchFixture implements AutoCloseable {

  /** Bounds only a broken run (the batch never giving way); no time is asserted. */
  static final long BOUND_SECONDS = 90;

  /**
   * The upload's bound: below the transaction timeout (60 s), after which the held batch would be
   * aborted and the upload let through.
   */
  static final long UPLOAD_BOUND_SECONDS = 45;

  /** What the batch's first call of the hook waits for (an upload asking for the lock). */
  interface Wait {
    void await() throws InterruptedException;
  }

  /** Counted down when the batch first reaches the hook. */
  final CountDownLatch held = new CountDownLatch(1);

  /** Lets the rest of the run go, once the upload has been looked at. */
  final CountDownLatch release = new CountDownLatch(1);

  final ExecutorService threads = Executors.newFixedThreadPool(2);

  private final AtomicInteger calls = new AtomicInteger();

  /** The {@code n}-th seed article's text with a name of the test's own appended (new content). */
  static byte[] seedText(int n, String name) throws IOException {
    Path seed;
    try (var files = Files.list(Path.of("corpus"))) {
      seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().skip(n).findFirst().get();
    }
    return (Files.readString(seed, StandardCharsets.UTF_8) + "\n" + name + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Three pending articles (one batch of the background run), stored in the order given. */
  static List<Long> pending(ArticleIngestService ingest, String prefix) throws IOException {
    List<Long> pending = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      // Numbered so that the run takes them in this order (by source): the last is merged last.
      String name = prefix + i + "-" + UUID.randomUUID() + ".txt";
      Long id = ingest.ingest(name, seedText(i, name), Sidecar.EMPTY).articleId();
      assertNotNull(id);
      pending.add(id);
    }
    return pending;
  }

  /**
   * A hook run inside the batch's transaction, holding the merge lock: its first call counts down
   * {@link #held} and waits for {@code first}; the later ones wait for {@link #release} (the rest
   * of the run is held until the upload has been looked at).
   */
  Runnable hold(Wait first) {
    return () -> {
      try {
        if (calls.getAndIncrement() == 0) {
          held.countDown();
          first.await();
        } else {
          release.await();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    };
  }

  /** An upload of new content through {@code articles}, waited for; its article's id. */
  long upload(ArticleService articles) throws Exception {
    String name = "test-upload-" + UUID.randomUUID() + ".txt";
    byte[] text = seedText(3, name);
    Future<IngestOutcome> upload = threads.submit(() -> articles.add(name, text, Sidecar.EMPTY));
    return awaitUpload(upload).articleId();
  }

  /**
   * Waits for an upload's merge (without giving way the batch keeps the lock: it never returns).
   */
  static <T> T awaitUpload(Future<T> upload) throws Exception {
    return upload.get(UPLOAD_BOUND_SECONDS, TimeUnit.SECONDS);
  }

  /** The upload is merged, its events committed and shown. */
  static void assertMerged(long id) {
    assertEquals("done", TestArticles.state(id)[0], "the upload is merged");
    assertTrue(TestArticles.events(id) > 0, "its events are committed");
    given().get("/api/events?article=" + id).then().statusCode(200).body("total", greaterThan(0));
  }

  /** Releases the run and checks that it merged all the batch's articles. */
  void assertRunCompletes(Future<ArticleService.BulkReport> run, List<Long> pending)
      throws Exception {
    release.countDown();
    ArticleService.BulkReport report = run.get(BOUND_SECONDS, TimeUnit.SECONDS);
    assertEquals(0, report.failed(), "the batch's articles are all merged");
    for (long p : pending) {
      assertEquals("done", TestArticles.state(p)[0], "article " + p);
      assertTrue(TestArticles.events(p) > 0, "article " + p + " has its events");
    }
  }

  @Override
  public void close() {
    release.countDown();
    threads.shutdownNow();
  }
}
