package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.chronology.article.Article;
import org.chronology.article.ArticleService;
import org.chronology.event.service.ReextractionService;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.Test;

/** The administrator's full re-extraction runs in the background, shows progress, resumes. */
@QuarkusTest
class BackgroundReextractionTest {

  @Inject ArticleService articles;
  @Inject ReextractionService extraction;

  @Test
  void aFullReextractionReportsProgressAndChangesNothingTwice() {
    extraction.reextractAll();
    List<Object> before = events();
    Editors.Session admin = Editors.admin();
    assertEquals(303, admin.post("/admin/reextract", "/admin/reextract", Map.of()).statusCode());
    Editors.awaitReextraction();
    JsonPath p =
        io.restassured.RestAssured.given()
            .cookies(admin.cookies)
            .get("/admin/reextract/progress")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(false, p.getBoolean("running"));
    // Tests run the start-up ingest before answering: over by the first request.
    assertEquals("finished", p.getString("startUp"), "where the start-up ingest stands");
    assertEquals(articleCount(), p.getInt("total"));
    assertEquals(p.getInt("total"), p.getInt("done"));
    assertEquals(0, notDone(), "every article is extracted by the current version");
    assertEquals(before, events(), "the same events as before, ids kept");
    assertTrue(
        admin
            .get("/admin/reextract")
            .asString()
            .contains(p.getInt("done") + "/" + p.getInt("total")),
        "the page shows the progress");
  }

  @Test
  void anInterruptedReextractionResumes() {
    extraction.reextractAll();
    List<Object> before = events();
    // As if the process died half-way through a re-extraction: some articles still pending.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Article.getEntityManager()
                    .createNativeQuery(
                        "update article set extraction_state = 'pending' where id % 2 = 0")
                    .executeUpdate());
    articles.completePending();
    assertEquals(0, notDone());
    assertEquals(before, events());
  }

  @Test
  void progressIsForAdministratorsOnly() {
    int anonymous =
        io.restassured.RestAssured.given()
            .redirects()
            .follow(false)
            .get("/admin/reextract/progress")
            .statusCode();
    assertTrue(anonymous == 401 || anonymous == 302, "anonymous: " + anonymous);
    Editors.editor().get("/admin/reextract/progress").then().statusCode(403);
  }

  private static List<Object> events() {
    return Fetch.json("/api/events?size=1000&review=extracted").getList("items");
  }

  private static long articleCount() {
    return QuarkusTransaction.requiringNew().call(() -> Article.count());
  }

  private static long notDone() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Article.count(
                    "extractionState <> 'done' or extractionVersion <> ?1",
                    ArabicEventExtractor.VERSION));
  }
}
