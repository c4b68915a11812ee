package org.chronology.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.chronology.db.Sql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * With the start-up ingest in the background, the first page comes first: the ingest (the
 * gazetteer's seeding, the corpus folder, the extraction) has not begun when the HTTP server
 * listens, readiness is down and says it is still to come, and the first answered request begins it
 * (the grace period here is an hour, so only that request can have begun it).
 */
@QuarkusTest
@TestProfile(FirstAnswerBeforeIngestTest.WaitsForTheFirstAnswer.class)
class FirstAnswerBeforeIngestTest {

  static final String NAME = "test-first-answer-" + UUID.randomUUID() + ".txt";

  /** A corpus folder holding one article no other test stored; a grace period of an hour. */
  public static class WaitsForTheFirstAnswer implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "chronology.corpus.ingest-in-background",
          "true",
          "chronology.corpus.start-up-grace",
          "1h",
          "chronology.corpus.path",
          OneArticleCorpus.folder("chronology-first-answer-corpus", NAME));
    }
  }

  @AfterAll
  static void clean() {
    TestArticles.remove();
  }

  private static boolean ingestSeen() {
    boolean thread =
        Thread.getAllStackTraces().keySet().stream()
            .anyMatch(t -> t.getName().equals("start-up-ingest"));
    return thread || Sql.number("select count(*) from article where source = ?1", NAME) > 0;
  }

  private static Response ready() {
    return given().get("/q/health/ready");
  }

  private static String stage(Response r) {
    return r.jsonPath().getString("checks.find { it.name == 'startup-ingest' }.data.ingest");
  }

  @Test
  void theIngestWaitsForTheFirstAnswerAndReadinessSaysSo() throws Exception {
    // Long enough for a thread begun when the server listened to show itself (alive, or its file
    // stored); readiness requests (Quarkus' /q/ endpoints) do not begin it.
    for (int i = 0; i < 20; i++) {
      assertFalse(ingestSeen(), "the start-up ingest began before any request was answered");
      Response r = ready();
      assertEquals(503, r.statusCode(), "not ready before the ingest");
      assertEquals("waiting", stage(r), "readiness says the ingest is still to come");
      Thread.sleep(250);
    }

    given().get("/").then().statusCode(200);

    // The bound only keeps a broken run from hanging the build; it is not what is tested.
    Response r = ready();
    for (int i = 0; i < 1200 && r.statusCode() != 200; i++) {
      Thread.sleep(250);
      r = ready();
    }
    assertEquals(200, r.statusCode(), "ready once the ingest begun by the first answer is over");
    assertEquals("finished", stage(r));
    long id = Sql.number("select id from article where source = ?1", NAME);
    assertEquals("done", TestArticles.state(id)[0], "the corpus file was stored and extracted");
    assertTrue(TestArticles.events(id) > 0, "and has its events");
  }
}
