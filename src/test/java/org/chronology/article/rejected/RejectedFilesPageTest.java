package org.chronology.article.rejected;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.account.AccountService;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.Sidecar;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Editors see every rejected file with its reason, size and first bytes, and get its bytes. */
@QuarkusTest
class RejectedFilesPageTest {

  private final String source =
      "test-rejected-" + UUID.randomUUID().toString().substring(0, 8) + ".txt";

  @AfterEach
  void cleanUp() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery("delete from ingest_rejection where source = ?1")
                    .setParameter(1, source)
                    .executeUpdate());
  }

  /** Signs in the way a browser does (the sign-in form's CSRF token); returns its cookies. */
  private static Map<String, String> editorCookies() {
    String name = "ed-" + UUID.randomUUID().toString().substring(0, 8);
    Arc.container()
        .instance(AccountService.class)
        .get()
        .create(name, "correct-horse-battery", false, "test");
    Map<String, String> cookies = new HashMap<>();
    Response form = given().get("/login");
    cookies.putAll(form.getCookies());
    String token = Fetch.csrfToken(form.asString(), "the sign-in form carries a CSRF token");
    Response r = Fetch.signIn(cookies, name, "correct-horse-battery", token);
    assertEquals(302, r.statusCode());
    cookies.putAll(r.getCookies());
    assertTrue(cookies.containsKey("quarkus-credential"), "signed in");
    return cookies;
  }

  /** Ingests the bytes under this test's source name; they must be rejected. */
  private IngestOutcome rejected(byte[] bytes) {
    IngestOutcome o =
        Arc.container()
            .instance(ArticleIngestService.class)
            .get()
            .ingest(source, bytes, Sidecar.EMPTY);
    assertEquals(IngestOutcome.Result.REJECTED, o.result());
    return o;
  }

  @Test
  void listsRejectedFilesAndServesTheirBytes() {
    byte[] bytes = new byte[300];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 7 == 0 ? 0 : 0x80 + i % 64);
    }
    IngestOutcome o = rejected(bytes);

    given().redirects().follow(false).get("/articles/rejected").then().statusCode(302);

    Map<String, String> cookies = editorCookies();
    String html =
        given()
            .cookies(cookies)
            .get("/articles/rejected")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    int row = html.indexOf(source);
    assertTrue(row > 0, "the file is listed");
    String tr = html.substring(row, html.indexOf("</tr>", row));
    assertTrue(tr.contains(">300<"), "its size: " + tr);
    assertTrue(tr.contains("00 81 82 83 84 85 86 00"), "first bytes in hex: " + tr);
    assertTrue(tr.contains(escape(o.reason())), "the reason: " + tr);
    Matcher m = Pattern.compile("href=\"(/articles/rejected/\\d+/bytes)\"").matcher(tr);
    assertTrue(m.find(), "a link to the bytes: " + tr);
    Response download = given().cookies(cookies).get(m.group(1));
    assertEquals(200, download.statusCode());
    assertArrayEquals(bytes, download.asByteArray(), "the bytes exactly as kept");
    assertTrue(download.header("Content-Disposition").contains(source));
    given().redirects().follow(false).get(m.group(1)).then().statusCode(302);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  @Test
  void theReasonAndTheTimeReadInThePageLanguage() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 5 == 0 ? 1 : 'a');
    }
    IngestOutcome o = rejected(bytes);
    assertTrue(o.reason().startsWith("binary content (40 "), o.reason());
    Map<String, String> cookies = editorCookies();
    String ar = row(given().cookies(cookies).get("/articles/rejected?lang=ar").asString());
    assertTrue(ar.contains("محتوى ثنائي لا نص (محارف التحكم: 40)"), "the reason in Arabic: " + ar);
    assertTrue(ar.contains("title=\"" + o.reason() + "\""), "the stored text kept: " + ar);
    String en = row(given().cookies(cookies).get("/articles/rejected?lang=en").asString());
    assertTrue(en.contains(">binary content (40 control characters)<"), en);
    for (String tr : List.of(ar, en)) {
      assertFalse(tr.matches("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d+.*"), "no microseconds: " + tr);
    }
    assertTrue(
        Pattern.compile(
                "<time datetime=\"[^\"]+\">\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}</time>")
            .matcher(en)
            .find(),
        "a time like 1 December 2026, 10:42: " + en);
    assertTrue(
        Pattern.compile("<time datetime=\"[^\"]+\">\\d{1,2} [^<\\d]+ \\d{4}، \\d{2}:\\d{2}</time>")
            .matcher(ar)
            .find(),
        "the same in Arabic: " + ar);
  }

  @Test
  void storedReasonsReadAsCodesAndNumbers() {
    RejectionReason big =
        RejectionReason.of(
            "the article is 5000000 bytes, larger than the limit of 2000000 bytes"
                + " (chronology.article.max-bytes); its first 4000000 bytes are kept");
    assertEquals(new RejectionReason("tooLarge", 5000000L, 2000000L, 4000000L), big);
    assertEquals(
        new RejectionReason("invalidUtf8", 3L, 17L, null),
        RejectionReason.of(
            "invalid UTF-8: 3 bad byte(s), the first at byte 17 (the rest is valid UTF-8, so it is"
                + " not read as windows-1256)"));
    assertEquals(
        "bom", RejectionReason.of("byte-order mark says UTF-16LE but the bytes are not").code());
    assertEquals("other", RejectionReason.of("something new").code());
  }

  private String row(String html) {
    int at = html.indexOf(source);
    assertTrue(at > 0, "the file is listed");
    return html.substring(at, html.indexOf("</tr>", at));
  }
}
