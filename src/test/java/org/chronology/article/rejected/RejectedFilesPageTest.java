package org.chronology.article.rejected;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
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

  @Test
  void listsRejectedFilesAndServesTheirBytes() {
    byte[] bytes = new byte[300];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i % 7 == 0 ? 0 : 0x80 + i % 64);
    }
    IngestOutcome o =
        Arc.container()
            .instance(ArticleIngestService.class)
            .get()
            .ingest(source, bytes, Sidecar.EMPTY);
    assertEquals(IngestOutcome.Result.REJECTED, o.result());

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
}
