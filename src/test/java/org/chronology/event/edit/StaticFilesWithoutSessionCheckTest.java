package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.util.List;
import org.chronology.db.StoppedDatabase;
import org.chronology.event.ManyEvents;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A signed-in editor's static files (stylesheets, scripts, fonts, the icon) skip the session's
 * database check: while PostgreSQL is down they still load (the 503 page keeps its stylesheet and
 * fonts instead of getting the 503 page in their place), and with it up they run no SQL statement.
 * Pages keep the check: the same session's pages still see their user, and answer 503 while the
 * database is down.
 */
@QuarkusTest
class StaticFilesWithoutSessionCheckTest {

  private static final List<String> STATIC =
      List.of(
          "/css/app.css",
          "/js/fonts.js",
          "/fonts/NotoNaskhArabic-Regular-subset.woff2",
          "/favicon.svg");

  @Test
  void signedInStaticFilesLoadWhileTheDatabaseIsDown() throws Exception {
    Editors.Session s = Editors.editor();
    try (StoppedDatabase stopped = StoppedDatabase.stop()) {
      Response css = s.request().get("/css/app.css");
      assertEquals(200, css.statusCode(), css.asString());
      assertTrue(css.contentType().startsWith("text/css"), css.contentType());
      assertTrue(css.asString().contains("header.site"), "the stylesheet itself");

      Response font = s.request().get("/fonts/NotoNaskhArabic-Regular-subset.woff2");
      assertEquals(200, font.statusCode());
      assertEquals("font/woff2", font.contentType());
      assertTrue(font.asByteArray().length > 1000, "the font itself");

      Response icon = s.request().get("/favicon.svg");
      assertEquals(200, icon.statusCode());
      assertTrue(icon.contentType().startsWith("image/svg+xml"), icon.contentType());

      for (Response r : List.of(css, font, icon)) {
        assertEquals(
            List.of(), r.getHeaders().getValues("Set-Cookie"), "the session's cookies stay");
      }

      // A page still checks the session, which cannot be done without the database.
      Response page = s.request().get("/review");
      assertEquals(503, page.statusCode(), page.asString());
      // So does a page reached through a static folder's name (the path is normalised first).
      assertEquals(503, rawStatus("/css/../review", s), "/css/../review is /review");
    }
  }

  /** The status of a GET sent as written (HTTP clients resolve {@code ..} themselves). */
  private static int rawStatus(String path, Editors.Session s) throws Exception {
    String cookies =
        s.cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue())
            .collect(java.util.stream.Collectors.joining("; "));
    try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.1\r\nHost: localhost\r\nCookie: "
                      + cookies
                      + "\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      String status =
          new java.io.BufferedReader(
                  new java.io.InputStreamReader(
                      socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1))
              .readLine();
      return Integer.parseInt(status.split(" ")[1]);
    }
  }

  @Test
  void aSignedInStaticFileRunsNoStatementAndPagesStillSeeTheUser() {
    Editors.Session s = Editors.editor();
    Statistics stats = ManyEvents.statistics();

    // The reference: a page of the same session checks it (at least one statement).
    stats.clear();
    assertEquals(200, s.request().get("/review").statusCode());
    long page = stats.getPrepareStatementCount();
    assertTrue(page >= 1, "a page checks the session: " + page);

    // Ten static files: no statement (a background job's statement may fall in a batch; one of
    // three batches must be clean, while with a session check every batch had ten at least).
    long best = Long.MAX_VALUE;
    for (int attempt = 0; attempt < 3 && best > 0; attempt++) {
      stats.clear();
      for (int i = 0; i < 10; i++) {
        String path = STATIC.get(i % STATIC.size());
        Response r = s.request().get(path);
        assertEquals(200, r.statusCode(), path);
      }
      best = Math.min(best, stats.getPrepareStatementCount());
    }
    assertEquals(0, best, "statements for ten signed-in static files (a page ran " + page + ")");

    // The session is untouched and pages still see the signed-in editor.
    Response review = s.request().get("/review");
    assertEquals(200, review.statusCode(), "the editor's page, not a redirect to /login");
    assertNotEquals(
        0, review.asString().length(), "the review page is rendered for the signed-in editor");
    Response anonymous = RestAssured.given().redirects().follow(false).get("/review");
    assertEquals(302, anonymous.statusCode(), "without the session the page asks to sign in");
  }
}
