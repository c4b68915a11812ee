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
    List<String> wheres = new ArrayList<>();
    List<String> others = new ArrayList<>();
    try {
      // One signed-in context for each width and language, its queue filtered and the form on the
      // screen while the database answers; one outage then serves them all (stopping and starting
      // PostgreSQL is most of this test's time).
      for (int width : new int[] {1366, 390}) {
        for (String lang : List.of("ar", "en")) {
          BrowserContext c = underPolicy(width, 900, true);
          contexts.add(c);
          Page page = signedIn(c, "outage-post-" + width, false);
          pages.add(page);
          wheres.add(width + " " + lang);
          others.add(lang.equals("en") ? "ar" : "en");
          page.navigate(url("/review?q=x&lang=" + lang + "&digits=latn"));
          assertThat(page.locator("#review-form")).hasCount(1);
        }
      }
      try (StoppedDatabase stopped = StoppedDatabase.stop()) {
        for (int i = 0; i < pages.size(); i++) {
          BrowserContext c = contexts.get(i);
          Page page = pages.get(i);
          String where = wheres.get(i);
          String lang = where.substring(where.indexOf(' ') + 1);
          String other = others.get(i);
          String shot = "ux66-503-post-" + where.replace(' ', '-');
          Response r =
              page.waitForNavigation(
                  () -> page.locator("#review-form button[type=submit]").last().click());
          assertEquals(503, r.status(), where);
          assertEquals("POST", r.request().method(), where);
          assertEquals(lang, page.getAttribute("html", "lang"), where);
          assertThat(page.locator("main#main section.error h1")).containsText("(503)");
          assertThat(page.locator("header.site nav.prefs #lang-switch"))
              .hasAttribute("hreflang", other);
          checked(page, axeSource, failures, where, shot + ".png");

          // The other language: the form's page with its filter, still this page while down.
          Response switched = page.waitForNavigation(() -> page.locator("#lang-switch").click());
          assertEquals(503, switched.status(), where + " switched");
          assertEquals("GET", switched.request().method(), where);
          assertTrue(
              page.url().contains("/review?") && page.url().contains("q=x"),
              where + ": the form's page with its filter " + page.url());
          assertOutageIn(page, c, other, where);
          checked(page, axeSource, failures, where, shot + "-to-" + other + ".png");

          // Arabic-Indic digits, the filter still there.
          page.waitForNavigation(() -> page.locator("#digits-switch").click());
          assertTrue(page.url().contains("q=x"), where + ": the filter kept " + page.url());
          assertThat(page.locator("main#main section.error h1")).containsText("(٥٠٣)");
          String said = page.locator("main#main section.error").innerText();
          assertTrue(!said.matches("(?s).*[0-9].*"), where + ": no Western digit: " + said);
          assertEquals("arab", cookie(c, "digits"), where + ": the choice is kept");
          checked(page, axeSource, failures, where, shot + "-arab.png");
        }
      }
      // Back up: the form's page in the language and digits chosen on the outage page.
      for (int i = 0; i < pages.size(); i++) {
        Response back = pages.get(i).navigate(url("/review?q=x"));
        assertEquals(200, back.status(), wheres.get(i));
        assertEquals(
            others.get(i),
            pages.get(i).getAttribute("html", "lang"),
            wheres.get(i) + ": after the outage");
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
    List<BrowserContext> contexts = new ArrayList<>();
    List<String> wheres = new ArrayList<>();
    try {
      // Every sign-in form filled while the database answers, then sent during one outage.
      for (int width : new int[] {1366, 390}) {
        for (String lang : List.of("ar", "en")) {
          BrowserContext c = underPolicy(width, 900, true);
          contexts.add(c);
          wheres.add(width + " " + lang);
          Page page = c.newPage();
          page.navigate(url("/login?lang=" + lang));
          page.locator("#j_username").fill("nobody-" + width + lang);
          page.locator("#j_password").fill("correct-horse-battery");
        }
      }
      try (StoppedDatabase stopped = StoppedDatabase.stop()) {
        for (int i = 0; i < contexts.size(); i++) {
          BrowserContext c = contexts.get(i);
          Page page = c.pages().get(0);
          String lang = wheres.get(i).substring(wheres.get(i).indexOf(' ') + 1);
          String other = lang.equals("en") ? "ar" : "en";
          String where = wheres.get(i) + " sign-in";
          Response r =
              page.waitForNavigation(
                  () ->
                      page.locator("form[action='/j_security_check'] button[type=submit]").click());
          assertEquals(503, r.status(), where + ": " + page.content());
          assertEquals(lang, page.getAttribute("html", "lang"), where);
          assertThat(page.locator("main#main section.error h1")).containsText("(503)");
          checked(
              page,
              axeSource,
              failures,
              where,
              "ux66-503-login-" + wheres.get(i).replace(' ', '-') + ".png");
          Response switched = page.waitForNavigation(() -> page.locator("#lang-switch").click());
          assertEquals("GET", switched.request().method(), where);
          assertTrue(page.url().contains("/login"), where + ": the sign-in page " + page.url());
          assertEquals(other, page.getAttribute("html", "lang"), where + " switched");
          assertEquals(other, cookie(c, "lang"), where + ": the choice is kept");
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
