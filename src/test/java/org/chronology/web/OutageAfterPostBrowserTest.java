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
 * Issue #12 (ux66): the 503 page answering a form's post (the review queue's, sent while PostgreSQL
 * is stopped: the session's check fails before any page runs) is in the reader's language, and its
 * language and digits switches, which cannot send the post again, lead to the form's page with its
 * filters, in the other language or digits (while the database is down, this page again), keeping
 * the choice in its cookie. At 1366 and 390 px, from Arabic and English, with no serious axe-core
 * finding and no sideways scrolling.
 */
@QuarkusTest
class OutageAfterPostBrowserTest extends UiBrowserTest {

  @Test
  void theOutagePageAfterAPostSwitchesToTheFormsPage() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    List<BrowserContext> contexts = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    int[] widths = {1366, 390};
    try {
      for (int width : widths) {
        BrowserContext c = underPolicy(width, 900, true);
        contexts.add(c);
        pages.add(signedIn(c, "outage-post-" + width, false));
      }
      for (int i = 0; i < widths.length; i++) {
        int width = widths[i];
        BrowserContext c = contexts.get(i);
        Page page = pages.get(i);
        for (String lang : List.of("ar", "en")) {
          String other = lang.equals("en") ? "ar" : "en";
          String where = width + " " + lang;
          // The queue filtered, its form on the screen while the database answers.
          page.navigate(url("/review?q=x&lang=" + lang + "&digits=latn"));
          assertThat(page.locator("#review-form")).hasCount(1);
          try (StoppedDatabase stopped = StoppedDatabase.stop()) {
            Response r =
                page.waitForNavigation(
                    () -> page.locator("#review-form button[type=submit]").last().click());
            assertEquals(503, r.status(), where);
            assertEquals("POST", r.request().method(), where);
            assertEquals(lang, page.getAttribute("html", "lang"), where);
            assertThat(page.locator("main#main section.error h1")).containsText("(503)");
            assertThat(page.locator("header.site nav.prefs #lang-switch"))
                .hasAttribute("hreflang", other);
            checked(
                page, axeSource, failures, where, "ux66-503-post-" + width + "-" + lang + ".png");

            // The other language: the form's page with its filter, still this page while down.
            Response switched = page.waitForNavigation(() -> page.locator("#lang-switch").click());
            assertEquals(503, switched.status(), where + " switched");
            assertEquals("GET", switched.request().method(), where);
            assertTrue(
                page.url().contains("/review?") && page.url().contains("q=x"),
                where + ": the form's page with its filter " + page.url());
            assertOutageIn(page, c, other, where);
            checked(
                page,
                axeSource,
                failures,
                where,
                "ux66-503-post-" + width + "-" + lang + "-to-" + other + ".png");

            // Arabic-Indic digits, the filter still there.
            page.waitForNavigation(() -> page.locator("#digits-switch").click());
            assertTrue(page.url().contains("q=x"), where + ": the filter kept " + page.url());
            assertThat(page.locator("main#main section.error h1")).containsText("(٥٠٣)");
            String said = page.locator("main#main section.error").innerText();
            assertTrue(!said.matches("(?s).*[0-9].*"), where + ": no Western digit: " + said);
            assertEquals("arab", cookie(c, "digits"), where + ": the choice is kept");
            checked(
                page,
                axeSource,
                failures,
                where,
                "ux66-503-post-" + width + "-" + lang + "-arab.png");
          }
          // Back up: the form's page in the language and digits chosen on the outage page.
          Response back = page.navigate(url("/review?q=x"));
          assertEquals(200, back.status(), where);
          assertEquals(other, page.getAttribute("html", "lang"), where + ": after the outage");
        }
      }
    } finally {
      for (BrowserContext c : contexts) {
        c.close();
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * The sign-in form posted while PostgreSQL is stopped (who signs in cannot be checked): the 503
   * page in the reader's language, its language switch leading back to the sign-in page in the
   * other language, at 1366 and 390 px from Arabic and English.
   */
  @Test
  void theOutagePageAfterTheSignInPostSwitchesToTheSignInPage() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (int width : new int[] {1366, 390}) {
      for (String lang : List.of("ar", "en")) {
        String other = lang.equals("en") ? "ar" : "en";
        String where = width + " " + lang + " sign-in";
        try (BrowserContext c = underPolicy(width, 900, true)) {
          Page page = c.newPage();
          page.navigate(url("/login?lang=" + lang));
          page.locator("#j_username").fill("nobody-" + width + lang);
          page.locator("#j_password").fill("correct-horse-battery");
          try (StoppedDatabase stopped = StoppedDatabase.stop()) {
            Response r =
                page.waitForNavigation(
                    () ->
                        page.locator("form[action='/j_security_check'] button[type=submit]")
                            .click());
            assertEquals(503, r.status(), where + ": " + page.content());
            assertEquals(lang, page.getAttribute("html", "lang"), where);
            assertThat(page.locator("main#main section.error h1")).containsText("(503)");
            checked(
                page, axeSource, failures, where, "ux66-503-login-" + width + "-" + lang + ".png");
            Response switched = page.waitForNavigation(() -> page.locator("#lang-switch").click());
            assertEquals("GET", switched.request().method(), where);
            assertTrue(page.url().contains("/login"), where + ": the sign-in page " + page.url());
            assertEquals(other, page.getAttribute("html", "lang"), where + " switched");
            assertEquals(other, cookie(c, "lang"), where + ": the choice is kept");
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
