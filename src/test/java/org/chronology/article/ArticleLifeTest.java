package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.Sidecar;
import org.chronology.bench.SyntheticArticles;
import org.chronology.event.Mention;
import org.chronology.event.service.ExtractionRunner;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventCluster;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's life: identity, extraction state, limits, and bulk work done once. */
@QuarkusTest
class ArticleLifeTest {

  private static final String VISITS =
      "زار وزير الخارجية الأذربيجاني تل أبيب في 12 مارس 1931.\n"
          + "التقى الرئيس الأذربيجاني وزير الدفاع الإسرائيلي في باكو في 14 مارس 1931.\n";
  private static final String EXERCISES =
      "أجرى الجيش الأذربيجاني مناورات عسكرية قرب الحدود الإيرانية في 20 مارس 1931.\n"
          + "أقامت الدولتان علاقات دبلوماسية كاملة في 28 مارس 1931.\n";

  @Inject ArticleService articles;
  @Inject ArticleIngestService ingest;
  @Inject AgroalDataSource dataSource;

  @AfterEach
  void clean() {
    TestArticles.remove();
  }

  @Test
  void twoUploadsWithTheSameNameKeepTheirOwnEventsAndHighlights() {
    String name = "test-same-" + UUID.randomUUID() + ".txt";
    IngestOutcome first = articles.add(name, bytes(VISITS + name), Sidecar.EMPTY);
    IngestOutcome second = articles.add(name, bytes(EXERCISES + name), Sidecar.EMPTY);
    assertEquals(IngestOutcome.Result.NEW, first.result());
    assertEquals(IngestOutcome.Result.NEW, second.result());
    assertNotEquals(first.articleId(), second.articleId());
    for (IngestOutcome o : List.of(first, second)) {
      assertTrue(TestArticles.events(o.articleId()) > 0, "article " + o + " has its events");
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                Article a = Article.findById(o.articleId());
                List<Mention> mentions = Mention.list("article.id", o.articleId());
                assertTrue(!mentions.isEmpty());
                for (Mention m : mentions) {
                  // The highlight is the stored sentence at its offsets in this article's text.
                  assertEquals(m.sentence, a.text.substring(m.sentenceStart, m.sentenceEnd));
                }
              });
    }
    assertTrue(
        TestArticles.snapshot().stream()
            .noneMatch(l -> l.contains("مناورات") && l.contains("زيارة")),
        "the two articles' events stay apart");
  }

  @Test
  void anArticleCommittedWithoutExtractionIsCompletedLater() {
    // As if the process died between the article's commit and its extraction.
    String name = "test-pending-" + UUID.randomUUID() + ".txt";
    IngestOutcome o = ingest.ingest(name, bytes(VISITS + name), Sidecar.EMPTY);
    assertEquals("pending", TestArticles.state(o.articleId())[0]);
    assertEquals(0, TestArticles.events(o.articleId()));

    ArticleService.BulkReport r = articles.completePending();
    assertTrue(r.extracted() >= 1, "completed: " + r);
    Object[] state = TestArticles.state(o.articleId());
    assertEquals("done", state[0]);
    assertEquals(ArabicEventExtractor.VERSION, ((Number) state[1]).intValue());
    assertTrue(TestArticles.events(o.articleId()) > 0);
  }

  @Test
  void uploadingAgainAnArticleWhoseExtractionNeverRanExtractsIt() {
    String name = "test-again-" + UUID.randomUUID() + ".txt";
    byte[] bytes = bytes(EXERCISES + name);
    IngestOutcome o = ingest.ingest(name, bytes, Sidecar.EMPTY);
    assertEquals(0, TestArticles.events(o.articleId()));
    IngestOutcome again = articles.add(name, bytes, Sidecar.EMPTY);
    assertEquals(IngestOutcome.Result.DUPLICATE, again.result());
    assertEquals(o.articleId(), again.articleId());
    assertEquals("done", TestArticles.state(o.articleId())[0]);
    assertTrue(TestArticles.events(o.articleId()) > 0);
  }

  @Test
  void articlesOverTheSizeLimitAreRejectedWithTheReasonAndKept(@TempDir Path dir)
      throws IOException {
    long limit = 2L * 1024 * 1024;
    byte[] big = new byte[(int) limit + 1];
    Arrays.fill(big, (byte) 'x');
    byte[] unique = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(unique, 0, big, 0, unique.length);
    IngestOutcome upload = articles.add("test-big-upload.txt", big, Sidecar.EMPTY);
    assertEquals(IngestOutcome.Result.REJECTED, upload.result());
    assertTrue(upload.reason().contains(String.valueOf(limit)), upload.reason());
    assertKept(big, upload.reason());

    big[unique.length] = 'y';
    Path file = dir.resolve("test-big-file.txt");
    Files.write(file, big);
    IngestOutcome folder = ingest.ingestFile(file);
    assertEquals(IngestOutcome.Result.REJECTED, folder.result());
    assertKept(big, folder.reason());
  }

  private static void assertKept(byte[] bytes, String reason) {
    String sha = ArticleIngestService.sha256(bytes);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              IngestRejection r = IngestRejection.find("sha256", sha).firstResult();
              assertNotNull(r, "the bytes are kept");
              assertEquals(bytes.length, r.rawBytes.length);
              assertEquals(reason, r.reason);
              r.delete();
            });
  }

  @Test
  void twoIngestsOfOneFolderAtOnceStoreAndExtractEachArticleOnce(@TempDir Path dir)
      throws Exception {
    SyntheticArticles writer = new SyntheticArticles(UUID.randomUUID().getMostSignificantBits());
    int n = 6;
    for (int i = 0; i < n; i++) {
      Files.writeString(dir.resolve("test-syn-" + UUID.randomUUID() + ".txt"), writer.article(i));
    }
    // Two instances would each run this at start-up; the advisory lock lets one through at a time.
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<ArticleService.BulkReport>> runs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      runs.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
                return articles.addFolder(dir);
              }));
    }
    go.countDown();
    List<IngestOutcome> all = new ArrayList<>();
    for (CompletableFuture<ArticleService.BulkReport> r : runs) {
      all.addAll(r.get().outcomes());
    }
    assertEquals(n, count(all, IngestOutcome.Result.NEW), all.toString());
    assertEquals(n, count(all, IngestOutcome.Result.DUPLICATE), all.toString());
    assertEquals(0, count(all, IngestOutcome.Result.REJECTED), all.toString());
    long duplicated =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            Article.getEntityManager()
                                .createNativeQuery(
                                    "select count(*) from (select m.article_id, m.sentence_start,"
                                        + " m.trigger_start from mention m join article a on a.id"
                                        + " = m.article_id where a.source like 'test-syn-%' and"
                                        + " m.merge_type is not null group by 1, 2, 3 having"
                                        + " count(*) > 1) d")
                                .getSingleResult())
                        .longValue());
    assertEquals(0, duplicated, "no sentence is stored as two events");
    long extracted =
        all.stream()
            .filter(o -> o.result() == IngestOutcome.Result.NEW)
            .filter(o -> "done".equals(TestArticles.state(o.articleId())[0]))
            .count();
    assertEquals(n, extracted);
  }

  @Test
  void anArticleWhoseExtractionExceedsTheTimeBoxIsMarkedFailedAndOthersGoOn() throws Exception {
    String name = "test-slow-" + UUID.randomUUID() + ".txt";
    IngestOutcome o = ingest.ingest(name, bytes(VISITS + name), Sidecar.EMPTY);
    EventExtractor stuck =
        new EventExtractor() {
          @Override
          public int version() {
            return ArabicEventExtractor.VERSION;
          }

          @Override
          public List<ExtractedEvent> extract(ArticleText article) {
            try {
              new CountDownLatch(1).await();
            } catch (InterruptedException e) {
              throw new CancellationException("interrupted");
            }
            return List.of();
          }

          @Override
          public List<EventCluster> merge(List<ExtractedEvent> events) {
            return List.of();
          }
        };
    try (ExtractionRunner runner = new ExtractionRunner(1, Duration.ofMillis(300))) {
      assertFalse(articles.extract(o.articleId(), stuck, runner));
    }
    Object[] state = TestArticles.state(o.articleId());
    assertEquals("failed", state[0]);
    assertTrue(String.valueOf(state[2]).contains("longer than 300 ms"), String.valueOf(state[2]));

    String other = "test-next-" + UUID.randomUUID() + ".txt";
    IngestOutcome next = articles.add(other, bytes(EXERCISES + other), Sidecar.EMPTY);
    assertEquals("done", TestArticles.state(next.articleId())[0], "the next article is extracted");
    // Uploaded again, the failed article is tried again (here with the real extractor).
    articles.add(name, bytes(VISITS + name), Sidecar.EMPTY);
    assertEquals("done", TestArticles.state(o.articleId())[0]);
  }

  @Test
  void anUploadNeverWaitsForBulkWork() throws Exception {
    // Another instance holds the bulk lock (start-up ingest, re-extraction): an upload goes on.
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select pg_advisory_lock(?)")) {
      s.setLong(1, ArticleService.BULK_LOCK);
      s.execute();
      try {
        String name = "test-during-bulk-" + UUID.randomUUID() + ".txt";
        IngestOutcome o =
            CompletableFuture.supplyAsync(
                    () -> articles.add(name, bytes(VISITS + name), Sidecar.EMPTY))
                .get();
        assertEquals("done", TestArticles.state(o.articleId())[0]);
        assertTrue(TestArticles.events(o.articleId()) > 0);
      } finally {
        try (PreparedStatement u = c.prepareStatement("select pg_advisory_unlock(?)")) {
          u.setLong(1, ArticleService.BULK_LOCK);
          u.execute();
        }
      }
    }
  }

  private static long count(List<IngestOutcome> all, IngestOutcome.Result r) {
    return all.stream().filter(o -> o.result() == r).count();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
