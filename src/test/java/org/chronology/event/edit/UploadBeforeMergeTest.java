package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chronology.article.Article;
import org.chronology.db.Sql;
import org.chronology.event.service.ReextractionService;
import org.chronology.web.cache.PageCacheOn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With uploads merged in the background (the default outside tests), the upload is answered once
 * the text is stored, before its events are merged; the article says it is pending, and its events
 * appear when the merge is done.
 */
@QuarkusTest
@TestProfile(PageCacheOn.class) // uploads merged after the answer, as outside tests
class UploadBeforeMergeTest {

  private static final String PAGE = "/articles/new";

  @AfterEach
  void clean() {
    Editors.removeTestArticles();
  }

  @Test
  void theUploadIsAnsweredBeforeTheMergeAndItsEventsAppearAfter() throws Exception {
    Editors.Session ed = Editors.editor();
    String unique = "test-" + UUID.randomUUID();
    String text =
        "زار وزير الدفاع الإسرائيلي باكو أمس والتقى الرئيس الأذربيجاني.\n" + unique + "\n";
    long id;
    // While another writer holds the merge lock, no merge can finish: the answer cannot wait for
    // it.
    try (Connection holder =
        Arc.container().instance(AgroalDataSource.class).get().getConnection()) {
      lock(holder, "select pg_advisory_lock(?)");
      try {
        String token = ed.token(PAGE);
        Response r =
            ed.request()
                .multiPart("csrf-token", token)
                .multiPart("published", "2023-04-20", "text/plain; charset=UTF-8")
                .multiPart(
                    "file", unique + ".txt", text.getBytes(StandardCharsets.UTF_8), "text/plain")
                .post(PAGE);
        assertEquals(303, r.statusCode(), r.asString());
        String location = r.getHeader("Location");
        id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertEquals(text, storedText(id), "the text is stored before the answer");
        assertEquals("pending", state(id));
        String page = ed.request().get(location).then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"extraction-pending\""), "the article says it is pending");
        assertTrue(Editors.events(id, null).isEmpty(), "no event before the merge");
      } finally {
        lock(holder, "select pg_advisory_unlock(?)");
      }
    }

    // Bounded wait for the background merge (no timing asserted: only that it finishes).
    for (int i = 0; i < 600 && "pending".equals(state(id)); i++) {
      Thread.sleep(100);
    }
    assertEquals("done", state(id), "the merge ran after the answer");
    List<Map<String, Object>> events = Editors.events(id, null);
    assertTrue(
        events.stream().anyMatch(e -> "visit".equals(e.get("type"))),
        "the article's visit is on the chronology: " + events);
    String page = ed.request().get("/articles/" + id).then().statusCode(200).extract().asString();
    assertFalse(page.contains("id=\"extraction-pending\""), "no longer pending");
  }

  private static void lock(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, ReextractionService.MERGE_LOCK);
      s.execute();
    }
  }

  private static String state(long id) {
    return (String) Sql.row("select extraction_state, 1 from article where id = ?1", id)[0];
  }

  private static String storedText(long id) {
    return QuarkusTransaction.requiringNew().call(() -> Article.<Article>findById(id).text);
  }
}
