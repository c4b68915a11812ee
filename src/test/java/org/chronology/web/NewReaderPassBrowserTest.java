package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A first visit to every public page, as a new reader would make it: on a laptop (1366 px) and a
 * phone (390 px), in Arabic and English, both under the site's Content-Security-Policy: the checks
 * of {@link FirstVisit} (nothing in the console or blocked by the policy, no serious axe-core
 * violation, nothing wider than the screen, no text cut off, no link that spells {@code lang=} once
 * the language is chosen: the cookie keeps it; the language switch alone names it), and no
 * interface word of the other language: the chronology, a year, a search, the axis, an event, an
 * actor, an article, the story, a comparison, and the 404 and 400 pages.
 */
@QuarkusTest
class NewReaderPassBrowserTest extends UiBrowserTest {

  @Test
  void everyPublicPageReadsWellOnALaptopAndAPhone() throws Exception {
    String axeSource = axeSource();
    long event = fixture.eventIds().get(0);
    long other = fixture.anotherActorId();
    List<String> pages =
        List.of(
            "/",
            "/?q=" + UiFixture.TITLE_1,
            "/?year=" + UiFixture.YEAR,
            "/events/" + event,
            "/actors/" + fixture.actorId(),
            "/articles/" + fixture.articleId(),
            "/?zoom=" + UiFixture.YEAR + "&actor=" + fixture.actorId(),
            "/story?actor=" + fixture.actorId(),
            "/compare?a=" + fixture.actorId() + "&b=" + other,
            "/events/999999999",
            "/no-such-page",
            "/?year=abc");
    // The pages photographed for a person to look at, as the pass loads them.
    Map<String, String> shots =
        Map.of(
            "/",
            "12-17-chronology-",
            "/events/" + event,
            "12-18-event-",
            "/?year=" + UiFixture.YEAR,
            "12-20-year-filters-");
    List<String> failures = new ArrayList<>();
    for (int width : new int[] {1366, 390}) {
      // both widths under the site's policy, so either shows what the policy blocks; axe-core
      // only where it runs
      try (BrowserContext c =
          width == 390 ? underPolicy(width, 900) : underPolicyWithoutAxe(width, 900, true)) {
        Page page = c.newPage();
        List<String> console = consoleErrors(page);
        for (String lang : List.of("ar", "en")) {
          page.navigate(url("/?lang=" + lang));
          for (String p : pages) {
            String where = width + " " + lang + " " + p + ": ";
            console.clear();
            page.navigate(url(p));
            page.waitForLoadState();
            // axe once per page and language (its rules do not depend on the width here)
            failures.addAll(
                FirstVisit.problems(
                    page, where, width, lang, console, width == 390 ? axeSource : null));
            failures.addAll(FirstVisit.mixed(page, where));
            if (shots.containsKey(p)) {
              // the chronology, an event, the filter bar's placeholders, a filter's remove button
              // and the download links, once checked (a photograph of the whole page may bring
              // more of it)
              shot(page, shots.get(p) + width + "-" + lang + ".png");
            }
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * The pass's pages are under the real policy: a script the policy forbids, put in a page, is
   * blocked and fails the pass (a context bypassing the policy would run it and see nothing).
   */
  @Test
  void aScriptThePolicyBlocksFailsThePass() throws Exception {
    String axeSource = axeSource();
    try (BrowserContext c = underPolicy(390, 900)) {
      Page page = c.newPage();
      List<String> console = consoleErrors(page);
      page.navigate(url("/"));
      page.waitForLoadState();
      assertEquals(
          List.of(),
          FirstVisit.problems(page, "", 390, "ar", console, axeSource),
          "the chronology passes as it is");
      page.evaluate(
          "() => { const s = document.createElement('script');"
              + " s.textContent = 'window.inlineRan = true'; document.body.append(s); }");
      page.waitForFunction("() => window.__policyViolations.length > 0");
      assertEquals(null, page.evaluate("() => window.inlineRan"), "the policy held the script");
      List<String> failures = FirstVisit.problems(page, "", 390, "ar", console, null);
      assertTrue(
          failures.stream().anyMatch(f -> f.startsWith("Content-Security-Policy: script-src")),
          "the blocked script fails the pass: " + failures);
    }
  }
}
