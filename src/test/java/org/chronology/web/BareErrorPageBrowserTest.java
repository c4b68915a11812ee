package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.chronology.db.StoppedDatabase;
import org.junit.jupiter.api.Test;

/**
 * The bare error page (bareError.html, rendered by SecurityRoutes outside the pages' own layout,
 * for the database down while a session is checked, 503, or a body refused before any page, 413)
 * has what a user expects of the site's pages: a skip link first, leading to the main content, the
 * site's header (banner) with its name linking to the chronology, and a footer; in Arabic and
 * English, with no serious axe-core finding, and the site's rules applied (inlined, as in every
 * page). Reached as an editor does: signed in, the next page asked for while PostgreSQL is stopped
 * (the session's check is what fails, before any page runs).
 */
@QuarkusTest
class BareErrorPageBrowserTest extends UiBrowserTest {

  @Test
  void theOutagePageHasTheSkipLinkAndTheSiteLandmarks() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    try (BrowserContext c = underPolicy(1366, 900, true)) {
      Page page = signedIn(c, "bare-error", false);
      try (StoppedDatabase stopped = StoppedDatabase.stop()) {
        for (String lang : List.of("ar", "en")) {
          boolean en = lang.equals("en");
          Response r = page.navigate(url("/?lang=" + lang));
          String html = page.content();
          assertEquals(503, r.status(), lang + ": " + html);
          assertEquals("10", r.headerValue("retry-after"), lang);
          assertEquals(lang, page.getAttribute("html", "lang"));
          // This very page: the Vert.x failure handler's (no navigation: who is signed in is not
          // known), not the pages' error.html.
          assertThat(page.locator("main#main section.error[role=alert] h1")).containsText("(503)");
          // No navigation but the language and digits switches (who is signed in is not known).
          assertThat(page.locator("nav:not(.prefs)")).hasCount(0);
          // The site's rules apply (inlined; the static files skip the session's check).
          assertThat(page.locator("header.site")).hasCSS("background-color", "rgb(20, 33, 61)");
          var hidden = page.locator("a.skip").boundingBox();
          assertTrue(
              hidden != null && (hidden.x + hidden.width <= 0 || hidden.x >= 1366),
              lang + ": the skip link is off screen until focused " + hidden);

          assertThat(page.locator("header.site a.brand"))
              .hasText(en ? "Chronology" : "الكرونولوجيا");
          assertThat(page.locator("header.site a.brand")).hasAttribute("href", "/");
          assertThat(page.locator("footer.site")).hasCount(1);

          // The first Tab: the skip link, on the screen; Enter moves the focus to the content.
          page.keyboard().press("Tab");
          assertEquals(
              "skip #main",
              page.evaluate(
                  "() => document.activeElement.className + ' '"
                      + " + document.activeElement.getAttribute('href')"),
              lang + ": the first Tab reaches the skip link");
          var box = page.locator("a.skip").boundingBox();
          assertTrue(
              box != null && box.x >= 0 && box.x + box.width <= 1366 && box.y >= 0,
              lang + ": on screen " + box);
          page.keyboard().press("Enter");
          assertEquals(
              "main", page.evaluate("() => document.activeElement.id"), lang + ": in the content");

          for (String v : axe(page, axeSource)) {
            failures.add(lang + ": " + v);
          }
          assertEquals(List.of(), policyViolations(page), lang + ": nothing blocked");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * Issue #12 (ux65): the 503 page has the language and digits switches of every page, as the 404
   * and 413 pages do, and writes its status in the reader's digits. A switch asks for the same page
   * again, in the other language or digits (while the database is down, this page again), and keeps
   * the choice in its cookie as every page does. At 1366 and 390 px, from Arabic and English.
   */
  @Test
  void theOutagePageSwitchesLanguageAndDigits() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    List<BrowserContext> contexts = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    int[] widths = {1366, 390};
    try {
      for (int width : widths) {
        BrowserContext c = underPolicy(width, 900, true);
        contexts.add(c);
        pages.add(signedIn(c, "bare-error-switch-" + width, false));
      }
      try (StoppedDatabase stopped = StoppedDatabase.stop()) {
        for (int i = 0; i < widths.length; i++) {
          int width = widths[i];
          BrowserContext c = contexts.get(i);
          Page page = pages.get(i);
          for (String lang : List.of("ar", "en")) {
            String other = lang.equals("en") ? "ar" : "en";
            String where = width + " " + lang;
            Response r = page.navigate(url("/actors?lang=" + lang + "&digits=latn"));
            assertEquals(503, r.status(), where);
            assertEquals(lang, page.getAttribute("html", "lang"), where);
            assertThat(page.locator("header.site nav.prefs #lang-switch"))
                .hasAttribute("hreflang", other);
            assertThat(page.locator("header.site nav.prefs #digits-switch")).hasCount(1);
            assertThat(page.locator("main#main section.error h1")).containsText("(503)");
            checked(page, axeSource, failures, where, "ux65-503-" + width + "-" + lang + ".png");

            // The other language: the page asked for again, still this page while it is down.
            Response switched = page.waitForNavigation(() -> page.locator("#lang-switch").click());
            assertEquals(503, switched.status(), where + " switched");
            assertTrue(page.url().contains("/actors?"), where + ": the same page " + page.url());
            assertOutageIn(page, c, other, where);
            checked(
                page,
                axeSource,
                failures,
                where,
                "ux65-503-" + width + "-" + lang + "-to-" + other + ".png");

            // Arabic-Indic digits.
            page.waitForNavigation(() -> page.locator("#digits-switch").click());
            assertThat(page.locator("main#main section.error h1")).containsText("(٥٠٣)");
            String said = page.locator("main#main section.error").innerText();
            assertTrue(!said.matches("(?s).*[0-9].*"), where + ": no Western digit: " + said);
            assertEquals("arab", cookie(c, "digits"), where + ": the choice is kept");
            checked(
                page, axeSource, failures, where, "ux65-503-" + width + "-" + lang + "-arab.png");
            page.navigate(url("/actors?lang=ar&digits=latn"));
          }
        }
      }
    } finally {
      for (BrowserContext c : contexts) {
        c.close();
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
