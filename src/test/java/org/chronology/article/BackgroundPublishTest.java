package org.chronology.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chronology.article.edit.ArticleEditService;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.Sidecar;
import org.chronology.db.Sql;
import org.chronology.web.cache.PageCacheOn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A background re-extraction publishes its work to the kept pages at most once per {@code
 * chronology.reextract.publish-interval} and at its end, not at every batch's commit (which made
 * every kept page a miss every 10–20 s at a million articles); an editor's write during it is
 * visible at once. Under {@link PageCacheOn}: the page cache on, and an interval no test run
 * reaches.
 */
@QuarkusTest
@TestProfile(PageCacheOn.class)
class BackgroundPublishTest {

  @Inject ArticleService articles;
  @Inject ArticleIngestService ingest;
  @Inject ArticleEditService edits;

  @AfterEach
  void clean() {
    TestArticles.remove();
  }

  private static long version() {
    return Sql.number("select sum(version) from data_version");
  }

  private static String page(long article) {
    return given()
        .get("/?article=" + article + "&lang=en")
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /** A pending article of the test's own: the first seed article with its name appended. */
  private long pendingArticle() throws IOException {
    String name = "test-publish-" + UUID.randomUUID() + ".txt";
    Path seed;
    try (var files = Files.list(Path.of("corpus"))) {
      seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().get();
    }
    byte[] text =
        (Files.readString(seed, StandardCharsets.UTF_8) + "\n" + name + "\n")
            .getBytes(StandardCharsets.UTF_8);
    Long id = ingest.ingest(name, text, Sidecar.EMPTY).articleId();
    assertNotNull(id);
    assertEquals("pending", TestArticles.state(id)[0]);
    return id;
  }

  @Test
  void aBatchCommitLeavesTheKeptPagesAloneAndTheEndPublishesIt() throws Exception {
    long id = pendingArticle();
    String before = page(id);
    assertEquals(before, page(id), "kept");
    long v0 = version();
    AtomicBoolean looked = new AtomicBoolean();
    articles.completePendingInBackground(
        () -> {
          if (looked.getAndSet(true)) {
            return;
          }
          assertTrue(TestArticles.events(id) > 0, "the batch is committed");
          assertEquals(v0, version(), "a batch's commit does not change the data version");
          assertEquals(before, page(id), "the kept page is still served");
        });
    assertTrue(looked.get(), "a batch was merged");
    assertEquals("done", TestArticles.state(id)[0]);
    assertNotEquals(v0, version(), "the end of the run publishes its work");
    String after = page(id);
    assertNotEquals(before, after, "the page shows the re-extracted events");
  }

  @Test
  void anEditorsWriteDuringTheRunIsVisibleAtOnce() throws Exception {
    long id = pendingArticle();
    String before = page(id);
    AtomicBoolean looked = new AtomicBoolean();
    articles.completePendingInBackground(
        () -> {
          if (looked.getAndSet(true)) {
            return;
          }
          long v = version();
          String title = "title-from-background-publish-test";
          long articleVersion = Sql.number("select version from article where id = ?1", id);
          ArticleEditService.Outcome o =
              edits.update(
                  new ArticleEditService.MetadataEdit(
                      id, articleVersion, null, null, title, "test", "admin"));
          assertTrue(o.errors().isEmpty() && !o.conflict(), o.toString());
          assertNotEquals(v, version(), "an editor's write bumps the data version at once");
          String now = page(id);
          assertTrue(now.contains(title), "the edited title is shown at once");
          assertNotEquals(before, now, "with the events the run committed before it");
        });
    assertTrue(looked.get(), "a batch was merged");
  }
}
