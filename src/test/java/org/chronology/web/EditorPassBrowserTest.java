package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.Sidecar;
import org.chronology.db.Sql;
import org.junit.jupiter.api.Test;

/**
 * A new editor's first pass over the editors' pages, the way {@link NewReaderPassBrowserTest} goes
 * over the readers': signing in, the review queue, an event's edit form, its history (with a change
 * made from the form), a merge that names no event, an actor's edit form, the upload form, the
 * rejected files and the conflict page of an edit saved over another — on a laptop (1366 px) and a
 * phone (390 px), in Arabic and English, under the site's Content-Security-Policy. Each page passes
 * the checks of {@link FirstVisit}, the one for interface text in the other language included.
 * Screenshots under {@code target/screenshots/12-19-editor-*}.
 */
@QuarkusTest
class EditorPassBrowserTest extends UiBrowserTest {

  @Test
  void everyEditorPageReadsWellOnALaptopAndAPhone() throws Exception {
    String axeSource = axeSource();
    long event = fixture.eventIds().get(0);
    String rejected = "editor-pass-" + UUID.randomUUID() + ".txt";
    Arc.container()
        .instance(ArticleIngestService.class)
        .get()
        .ingest(rejected, new byte[] {0, 1, 2, 3, 0, 5, 6, 7}, Sidecar.EMPTY);
    Map<String, Consumer<Page>> pages = new LinkedHashMap<>();
    pages.put("review", p -> open(p, "/review"));
    pages.put("edit", p -> open(p, "/events/" + event + "/edit"));
    pages.put("history", p -> open(p, "/events/" + event + "/history"));
    pages.put(
        "merge",
        p -> {
          open(p, "/events/" + event + "/edit");
          p.locator("details:has(#other) summary").click();
          p.locator("#other").fill("x");
          leaving(p, () -> p.locator("form:has(#other) button[type=submit]").click());
          assertTrue(p.url().endsWith("/merge"), "a merge without an event number: " + p.url());
          com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(
                  p.locator("#other-error"))
              .isVisible();
        });
    pages.put("actor-edit", p -> open(p, "/actors/" + fixture.actorId() + "/edit"));
    pages.put("upload", p -> open(p, "/articles/new"));
    pages.put("rejected", p -> open(p, "/articles/rejected"));
    pages.put(
        "conflict",
        p -> {
          open(p, "/events/" + event + "/edit");
          // the form as it was before the last saved change: another editor's save came between
          p.evaluate(
              "() => { const v = document.querySelector('input[name=version]');"
                  + " v.value = String(Number(v.value) - 1); }");
          p.locator("#title").fill(UiFixture.TITLE_1 + " ٣");
          Response r = p.waitForNavigation(() -> p.locator("#edit-form [type=submit]").click());
          assertEquals(409, r.status(), "a stale form meets the conflict page");
        });
    List<String> failures = new ArrayList<>();
    List<Cookie> admin = null;
    try {
      for (int width : new int[] {1366, 390}) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = c.newPage();
          List<String> console = consoleErrors(page);
          for (String lang : List.of("ar", "en")) {
            console.clear();
            page.navigate(url("/login?lang=" + lang));
            failures.addAll(
                check(page, width + " " + lang + " login: ", width, lang, console, axeSource));
            shot(page, "12-19-editor-login-" + width + "-" + lang + ".png");
          }
          if (admin == null) {
            page = signedIn(c, "pass", true);
            admin =
                c.cookies().stream()
                    .filter(k -> !k.name.equals("lang") && !k.name.equals("digits"))
                    .toList();
          } else {
            // the first width's sign-in, through the login form, as an administrator
            c.addCookies(admin);
            page = c.newPage();
          }
          console = consoleErrors(page);
          saveAChange(page, event, width);
          for (String lang : List.of("ar", "en")) {
            // The language is a cookie, set here as the site sets it for ?lang= (path /,
            // SameSite=Lax): the pass's first page is the review queue itself.
            c.addCookies(
                List.of(
                    new Cookie("lang", lang).setUrl(url("/")).setSameSite(SameSiteAttribute.LAX)));
            for (Map.Entry<String, Consumer<Page>> p : pages.entrySet()) {
              String where = width + " " + lang + " " + p.getKey() + ": ";
              console.clear();
              p.getValue().accept(page);
              failures.addAll(check(page, where, width, lang, console, axeSource));
              shot(page, "12-19-editor-" + p.getKey() + "-" + width + "-" + lang + ".png");
            }
          }
        }
      }
    } finally {
      Sql.update("delete from ingest_rejection where source = ?1", rejected);
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  private void open(Page page, String path) {
    page.navigate(url(path));
    page.waitForLoadState();
  }

  private static List<String> check(
      Page page, String where, int width, String lang, List<String> console, String axeSource) {
    List<String> failures = FirstVisit.problems(page, where, width, lang, console, axeSource);
    failures.addAll(FirstVisit.mixed(page, where));
    return failures;
  }

  /** A change saved from the form, so that the history has a revision to show. */
  private void saveAChange(Page page, long event, int width) {
    open(page, "/events/" + event + "/edit");
    page.locator("#title").fill(UiFixture.TITLE_1 + " " + width);
    page.locator("#edit-form [type=submit]").click();
    page.waitForURL(u -> u.contains("saved=1"));
  }
}
