package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests that answered 500 (or 413 with an empty body) now get the status they deserve, in the
 * documented shape: JSON {@code {"error","parameter"}} under /api, a page elsewhere.
 */
@QuarkusTest
class RequestFailuresTest {

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  @Test
  void datesOutsideTheDatabasesRangeAreA400() {
    for (String q : List.of("to=-4713-01-01", "from=%2B999999999-12-31", "to=0000-01-01")) {
      String param = q.substring(0, q.indexOf('='));
      given()
          .get("/api/events?" + q)
          .then()
          .statusCode(400)
          .contentType(ContentType.JSON)
          .body("parameter", org.hamcrest.Matchers.equalTo(param));
      given().get("/?" + q).then().statusCode(400).contentType(containsString("text/html"));
    }
  }

  @Test
  void aQueryValueThatLooksLikeATemplateIsJustAValue() {
    given().get("/?utm_source=%7Bx%7D").then().statusCode(200);
    given().get("/?utm_source=%7Bx%7D&lang=en").then().statusCode(200);
    given().get("/articles?ref=%7Bid%7D").then().statusCode(200);
  }

  @Test
  void aPageBeyondTheLastIsA400NamingTheLastPage() {
    Response r = given().get("/?page=1000000&lang=en");
    assertEquals(400, r.statusCode());
    assertTrue(r.asString().contains("beyond the last page"), r.asString());
    assertFalse(r.asString().contains("1,000,000") || r.asString().contains("100000001"));
  }

  @Test
  void apiErrorsAreAlwaysJson() {
    Response r = given().contentType(ContentType.URLENC).post("/api/events");
    assertEquals(405, r.statusCode());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    assertTrue(r.jsonPath().getString("error") != null);
    Response nf = given().get("/api/events/999999999");
    assertEquals(404, nf.statusCode());
    assertTrue(nf.contentType().startsWith("application/json"), nf.contentType());
  }

  @Test
  void theHistoryPageShowsOnlyKnownMessages() {
    Object event = Editors.sampleEvent();
    String planted = "Your-account-is-locked-call-555";
    String shown = Fetch.text("/events/" + event + "/history?error=" + planted);
    // The text may only sit in the page's own links (the language switch keeps the query).
    assertFalse(shown.contains(">" + planted), "not shown as text");
    assertFalse(shown.contains("role=\"alert\""), "no message for an unknown code");
    // the history still shows a known code's message, in the page's language
    String path = "/events/" + event + "/history?error=self-merge";
    given()
        .get(path + "&lang=en")
        .then()
        .body(containsString(">An event cannot be merged with itself."));
    given().get(path + "&lang=ar").then().body(containsString(">لا يمكن دمج الحدث مع نفسه"));
    // a merge with itself now comes back to the edit form, the number kept and the error beside it
    Editors.Session ed = Editors.editor();
    Response self =
        ed.post(
            "/events/" + event + "/merge", "/events/" + event + "/edit", Map.of("other", event));
    assertEquals(400, self.statusCode());
    String page = self.asString();
    assertTrue(page.contains("id=\"other-error\" role=\"alert\""), page);
    assertTrue(page.contains("name=\"other\" value=\"" + event + "\""), page);
  }

  @Test
  void malformedReviewFormsAreA400() {
    Editors.Session ed = Editors.editor();
    assertEquals(400, ed.post("/review/confirm", "/review", Map.of("confirm", "abc")).statusCode());
    assertEquals(
        400,
        ed.post("/review/confirm", "/review", Map.of("confirm", "1", "query", "a=%zz"))
            .statusCode());
    Response odd =
        ed.post("/review/confirm", "/review", Map.of("confirm", "999999999", "query", "q={x} y"));
    assertEquals(303, odd.statusCode(), "an odd but decodable query is re-encoded");
  }

  @Test
  void uploadsWithNulOrAnImpossibleDateAreA400() {
    Editors.Session ed = Editors.editor();
    String text = "زار الرئيس باكو في 12 مارس 1931.\n" + System.nanoTime();
    for (Map<String, String> bad :
        List.of(
            Map.of("title", "a\u0000b"),
            Map.of("outlet", "x\u0000"),
            Map.of("url", "https://example.com/\u0000"),
            Map.of("published", "+999999999-12-31"),
            Map.of("published", "-4713-01-01"))) {
      Response r = upload(ed, text, bad);
      assertEquals(400, r.statusCode(), bad + ": " + r.asString());
      assertTrue(r.contentType().contains("charset=UTF-8"), r.contentType());
    }
  }

  private static Response upload(Editors.Session ed, String text, Map<String, String> fields) {
    String token = ed.token("/articles/new");
    var spec =
        ed.request()
            .multiPart("csrf-token", token)
            .multiPart("text", text, "text/plain; charset=UTF-8");
    for (Map.Entry<String, String> f : fields.entrySet()) {
      spec = spec.multiPart(f.getKey(), f.getValue(), "text/plain; charset=UTF-8");
    }
    return spec.post("/articles/new");
  }

  /** Two editors save the same actor at once, again and again: each gets 303 or 409, never 500. */
  @Test
  void simultaneousEditsAreAConflictNeverA500() throws Exception {
    Editors.Session a = Editors.editor();
    Editors.Session b = Editors.editor();
    Object event = Editors.sampleEvent();
    String page = "/events/" + event + "/edit";
    String name = "فاعل " + System.nanoTime();
    Map<String, Object> f = Forms.editForm(a, event);
    f.put("newActorName", name);
    f.put("newActorKind", "person");
    assertEquals(303, a.post(page, page, f).statusCode());
    @SuppressWarnings("unchecked")
    Object actor =
        ((List<Map<String, Object>>) Editors.event(event).get("actors"))
            .stream().filter(x -> name.equals(x.get("name"))).findFirst().orElseThrow().get("id");
    String actorPage = "/actors/" + actor + "/edit";
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int conflicts = 0;
    try {
      for (int round = 0; round < 10; round++) {
        String version = Editors.version(a, actorPage);
        String ta = a.token(actorPage);
        String tb = b.token(actorPage);
        String suffix = String.valueOf(round);
        List<Callable<Response>> both = new ArrayList<>();
        both.add(() -> a.postRaw(actorPage, form(version, ta, "A" + suffix)));
        both.add(() -> b.postRaw(actorPage, form(version, tb, "B" + suffix)));
        for (Future<Response> r : pool.invokeAll(both)) {
          int s = r.get().statusCode();
          assertTrue(s == 303 || s == 409, "303 or 409, got " + s + ": " + r.get().asString());
          if (s == 409) {
            conflicts++;
            assertTrue(r.get().contentType().contains("charset=UTF-8"), r.get().contentType());
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(conflicts > 0, "the same version saved twice is a conflict at least once");
  }

  private static Map<String, Object> form(String version, String token, String nameEn) {
    Map<String, Object> m = new HashMap<>();
    m.put("version", version);
    m.put("csrf-token", token);
    m.put("nameEn", nameEn);
    m.put("office", "");
    return m;
  }

  /** Form limits: an article-sized field is accepted; a note has its own stated limit. */
  @Test
  void longNotesAreSavedAndTooLongOnesExplained() {
    Editors.Edit edit = Editors.editSample(Editors.editor());
    edit.form().put("note", "ملاحظة ".repeat(500)); // 3,500 characters, about 6.5 KB
    Response saved = edit.save();
    assertEquals(303, saved.statusCode(), "a long note is saved: " + saved.statusCode());
    Map<String, Object> g = edit.freshForm();
    g.put("note", "ملاحظة ".repeat(700)); // 4,900 characters: over the note limit
    Response tooLong = edit.session().post(edit.page(), edit.page(), g);
    assertEquals(400, tooLong.statusCode());
    assertTrue(tooLong.asString().contains("note-error"), "the note's limit shown next to it");
    assertTrue(tooLong.contentType().contains("charset=UTF-8"), tooLong.contentType());
  }

  @Test
  void anOversizeFieldGetsAPageThatStatesTheLimit() {
    Editors.Session ed = Editors.editor();
    String page = "/events/1/edit";
    String huge = "ا".repeat(1_100_000); // 2.2 MB of UTF-8: over the 2 MB field limit
    Response r =
        ed.request()
            .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
            .formParam("note", huge)
            .post(page + "?lang=en");
    assertEquals(413, r.statusCode());
    assertTrue(r.contentType().startsWith("text/html"), r.contentType());
    assertTrue(r.asString().contains("2,048 KB"), r.asString());
  }
}
