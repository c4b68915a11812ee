package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chronology.article.IngestRejection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Editors add articles after start-up; the text is kept as sent and its events extracted. */
@QuarkusTest
class ArticleUploadTest {

  private static final String PAGE = "/articles/new";

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  private static Response upload(Editors.Session s, Map<String, String> fields, byte[] file) {
    String token = s.token(PAGE);
    RequestSpecification spec = s.request().multiPart("csrf-token", token);
    for (Map.Entry<String, String> f : fields.entrySet()) {
      spec = spec.multiPart(f.getKey(), f.getValue(), "text/plain; charset=UTF-8");
    }
    if (file != null) {
      spec = spec.multiPart("file", "test-" + UUID.randomUUID() + ".txt", file, "text/plain");
    }
    return spec.post(PAGE);
  }

  @Test
  void anonymousVisitorsCannotUpload() {
    given().redirects().follow(false).get(PAGE).then().statusCode(302);
    given()
        .redirects()
        .follow(false)
        .multiPart("text", "نص")
        .post(PAGE)
        .then()
        .statusCode(
            org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(302),
                org.hamcrest.Matchers.is(400),
                org.hamcrest.Matchers.is(401),
                org.hamcrest.Matchers.is(403)));
  }

  @Test
  @SuppressWarnings("unchecked")
  void anUploadedArticleIsStoredAsSentAndItsEventsExtracted() {
    Editors.Session ed = Editors.editor();
    String url = "test-" + UUID.randomUUID();
    String text = "زار وزير الدفاع الإسرائيلي باكو أمس والتقى الرئيس الأذربيجاني.\n" + url + "\n";
    Response r =
        upload(
            ed,
            Map.of(
                "url", "https://example.org/" + url, "published", "2023-04-20", "outlet", "المصدر"),
            text.getBytes(StandardCharsets.UTF_8));
    assertEquals(303, r.statusCode(), r.asString());
    String location = r.getHeader("Location");
    long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

    JsonPath a = given().get("/api/articles/" + id).jsonPath();
    assertEquals(text, a.getString("text"));
    assertEquals("https://example.org/" + url, a.getString("source"));
    assertEquals("2023-04-20", a.getString("publishedOn"));
    assertEquals("metadata", a.getString("publishedOnSource"));
    assertEquals("المصدر", a.getString("outlet"));

    List<Map<String, Object>> events = Editors.events(id, null);
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    "visit".equals(e.get("type"))
                        && "2023-04-19".equals(((Map<String, Object>) e.get("date")).get("start"))),
        "the visit is dated the day before publication: " + events);

    Response again =
        upload(
            ed, Map.of("url", "https://example.org/" + url), text.getBytes(StandardCharsets.UTF_8));
    assertEquals(303, again.statusCode());
    assertEquals(location, again.getHeader("Location"), "the same bytes are the same article");

    // Clean-up goes by source: give the stored article a test source.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                org.chronology.article.Article.update(
                    "source = ?1 where id = ?2", "test-" + url, id));
  }

  @Test
  void badInputComesBackWithTheReasonAndLosesNothing() {
    Editors.Session ed = Editors.editor();
    upload(ed, Map.of("published", "20/4/2023", "text", "نص"), null)
        .then()
        .statusCode(400)
        .body(containsString("published-error"))
        .body(containsString("نص"));
    upload(ed, Map.of(), null).then().statusCode(400).body(containsString("text-error"));

    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xFF, (byte) 0xFE, 1, 2};
    binary[11] = (byte) UUID.randomUUID().hashCode();
    upload(ed, Map.of(), binary).then().statusCode(422).body(containsString("file-error"));
    long kept =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    IngestRejection.count(
                        "sha256",
                        org.chronology.article.ingest.ArticleIngestService.sha256(binary)));
    assertEquals(1, kept, "the rejected bytes are kept");
  }

  /**
   * A refused file is said in the upload form with the words of the rejected-files page, from the
   * decoder's code and numbers, in either language.
   */
  @Test
  void aRefusedFileIsToldWithTheRejectedFilesPagesWords() {
    Editors.Session ed = Editors.editor();
    byte[] binary = new byte[200];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i % 5 == 0 ? 1 : 'a');
    }
    binary[1] = (byte) ('b' + Math.floorMod(UUID.randomUUID().hashCode(), 20));
    String ar = upload(ed, Map.of(), binary).then().statusCode(422).extract().asString();
    assertTrue(
        ar.contains("لم يُقبل الملف: محتوى ثنائي لا نص (فيه 40 محرف تحكم). حُفظت بايتاته كما هي."),
        ar);
    ed.cookies.put("lang", "en");
    binary[2] = (byte) ('b' + Math.floorMod(UUID.randomUUID().hashCode(), 20));
    String en = upload(ed, Map.of(), binary).then().statusCode(422).extract().asString();
    assertTrue(
        en.contains(
            "The file was not accepted: binary content (40 control characters). Its bytes were"
                + " kept as they are."),
        en);
  }

  /** Every error the form gives follows the page's language, the control characters' included. */
  @Test
  void theFormsErrorsAreInThePagesLanguage() {
    Editors.Session ed = Editors.editor();
    ed.cookies.put("lang", "en");
    String en =
        upload(ed, Map.of("text", "نص\u0000", "title", "a\u0000b", "outlet", "x\u0001"), null)
            .then()
            .statusCode(400)
            .extract()
            .asString();
    String said = "The field holds control characters (such as NUL) that cannot be stored";
    for (String field : List.of("text", "title", "outlet")) {
      assertTrue(
          en.contains("id=\"" + field + "-error\" class=\"field-error\">" + said),
          field + ": " + en);
    }
    assertFalse(en.contains("محارف تحكم"), en);
    ed.cookies.put("lang", "ar");
    String ar =
        upload(ed, Map.of("text", "نص", "title", "a\u0000b"), null)
            .then()
            .statusCode(400)
            .extract()
            .asString();
    assertTrue(ar.contains("الحقل يحوي محارف تحكم (مثل NUL) لا تُحفظ؛ احذفها."), ar);
  }
}
