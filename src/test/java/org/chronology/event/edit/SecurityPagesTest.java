package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronology.article.Article;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Security headers on every kind of response; no inline script; only http(s) links. */
@QuarkusTest
class SecurityPagesTest {

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    Editors.Session ed = Editors.editor();
    for (String path :
        List.of(
            "/",
            "/api/events",
            "/articles",
            "/css/app.css",
            "/js/review-keys.js",
            "/q/health/ready",
            "/api/events?year=abc",
            "/no-such-page")) {
      check(path, given().get(path));
    }
    check("/review", ed.get("/review"));
  }

  private static void check(String path, Response r) {
    String csp = r.getHeader("Content-Security-Policy");
    assertNotNull(csp, path + " has a CSP");
    Matcher script = Pattern.compile("script-src ([^;]*)").matcher(csp);
    assertTrue(script.find(), "script-src in " + csp);
    assertFalse(script.group(1).contains("unsafe-inline"), "no inline scripts allowed: " + csp);
    assertFalse(script.group(1).contains("unsafe-eval"), csp);
    assertTrue(csp.contains("frame-ancestors 'none'"), csp);
    assertEquals("nosniff", r.getHeader("X-Content-Type-Options"), path);
    assertNotNull(r.getHeader("Referrer-Policy"), path);
  }

  /** With {@code script-src 'self'} an inline script would not run: none may remain. */
  @Test
  void noTemplateHasAnInlineScriptOrHandler() throws IOException {
    Pattern inline = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String html = Files.readString(f, StandardCharsets.UTF_8);
        assertFalse(inline.matcher(html).find(), f + " has an inline <script>");
        assertFalse(handler.matcher(html).find(), f + " has an inline event handler");
      }
    }
  }

  /** A corpus sidecar with a javascript: URL: not stored, never rendered as a link. */
  @Test
  void aSidecarJavascriptUrlIsNeverALink() throws IOException {
    Path dir = Files.createTempDirectory("xss-corpus");
    String name = "test-xss-" + System.nanoTime();
    Files.writeString(
        dir.resolve(name + ".txt"),
        "زار وزير الخارجية باكو في 12 مارس 1931.\n" + name + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve(name + ".meta.json"),
        "{\"url\": \"javascript:alert(1)\", \"title\": \"عنوان\\u0000خبيث\", \"published\":"
            + " \"1931-03-12\"}",
        StandardCharsets.UTF_8);
    IngestOutcome o =
        Arc.container()
            .instance(ArticleIngestService.class)
            .get()
            .ingestFile(dir.resolve(name + ".txt"));
    assertNotNull(o.articleId(), o.toString());
    Article a =
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
            .call(() -> Article.<Article>findById(o.articleId()));
    assertNull(a.url, "the javascript: URL is not stored");
    assertFalse(a.title.contains("\u0000"), "no NUL in the stored title");
    String page = Fetch.text("/articles/" + o.articleId());
    assertFalse(page.toLowerCase().contains("javascript:"), "never rendered");
  }
}
