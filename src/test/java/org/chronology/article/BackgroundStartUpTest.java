package org.chronology.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chronology.article.ingest.WarmUp;
import org.chronology.db.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * With the start-up ingest after the application answers (the default outside tests), a file added
 * to the corpus folder is still stored and extracted, and readiness says when that is over. The
 * warm-up that follows it reads the pages a first visitor opens before readiness, then pages and
 * the extractor after it, and writes nothing.
 */
@QuarkusTest
@TestProfile(BackgroundStartUpTest.InBackground.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackgroundStartUpTest {

  static final String NAME = "test-background-" + UUID.randomUUID() + ".txt";

  /** A corpus folder holding one article no other test stored, ingested in the background. */
  public static class InBackground implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "chronology.corpus.ingest-in-background",
          "true",
          // No request but readiness's (which does not begin it) comes: the ingest begins when
          // the grace period passes, so a short one, instead of the default's ten idle seconds.
          "chronology.corpus.start-up-grace",
          "1s",
          "chronology.corpus.warm-up",
          "true",
          "chronology.corpus.path",
          OneArticleCorpus.folder("chronology-background-corpus", NAME));
    }
  }

  @Inject WarmUp warmUp;

  /** After both tests: the warm-up test reads the corpus file's article too. */
  @AfterAll
  static void clean() {
    TestArticles.remove();
  }

  private static void awaitReady() throws InterruptedException {
    // The bound only keeps a broken run from hanging the build; it is not what is tested.
    int status = 0;
    for (int i = 0; i < 1200 && status != 200; i++) {
      status = given().get("/q/health/ready").statusCode();
      if (status != 200) {
        Thread.sleep(250);
      }
    }
    assertEquals(200, status, "ready once the start-up ingest is over");
  }

  @Test
  @Order(0)
  void beforeReadinessTheWarmUpReadsThePagesAFirstVisitorOpens() throws Exception {
    awaitReady();
    int newest =
        (int)
            Sql.number(
                "select max(extract(year from date_start))::bigint from event"
                    + " where review <> 'rejected'");
    String search = "/?q=" + URLEncoder.encode("رئيس", StandardCharsets.UTF_8);
    // Read by the start-up ingest's thread before it let readiness go up, every one answered.
    assertEquals(
        List.of("/", "/?year=" + newest, search, search + "&counts=1"),
        warmUp.firstPagesRead(),
        "the chronology, its newest year and a search with its counts, read before readiness");
  }

  @Test
  @Order(2)
  void aNewCorpusFileIsIngestedAfterStartUpAndReadinessWaitsForIt() throws Exception {
    awaitReady();
    long id = Sql.number("select id from article where source = ?1", NAME);
    assertEquals("done", TestArticles.state(id)[0], "the new file was extracted");
    assertTrue(TestArticles.events(id) > 0, "and has its events");
  }

  @Test
  @Order(1)
  void theWarmUpExtractsTheLatestArticlesAndReadsTheirPagesWithoutWriting() throws Exception {
    awaitReady();
    String counts =
        "select (select count(*) from article) * 1000000 + (select count(*) from event) * 1000"
            + " + (select count(*) from article where extraction_state <> 'done')";
    long before = Sql.number(counts);
    long version = Sql.number("select sum(version) from data_version");
    long articles = Math.min(WarmUp.ARTICLES, Sql.number("select count(*) from article"));
    assertTrue(articles > 0, "the corpus file's article at least");
    int steps = warmUp.run();
    // The latest articles extracted, then the latest one's chronology and its page.
    assertEquals(articles + 2, steps, "every article extracted and every page answered");
    assertEquals(before, Sql.number(counts), "no article or event added or changed state");
    assertEquals(
        version, Sql.number("select sum(version) from data_version"), "no write bumped a version");
  }
}
