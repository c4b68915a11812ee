package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two things a reader's browser did wrong. The story view told a phone's reader to press ← and →,
 * keys a touch screen does not have: on a touch screen it says to swipe or use the previous/next
 * links, and a swipe turns the page; a laptop still gets the keys. And typing fast in the
 * chronology's filters, each request replacing the one in flight (hx-sync replace), filled the
 * console with htmx's "htmx:sendAbort" and "htmx:afterRequest" errors: no console error now, the
 * last input still winning. At 1366 and 390 px, in Arabic and English, under the site's
 * Content-Security-Policy. Screenshots under {@code target/screenshots/12-48-story-*}.
 */
@QuarkusTest
class TouchAndAbortBrowserTest extends UiBrowserTest {

  @ParameterizedTest
  @CsvSource({
    "1366, 900, ar, false",
    "1366, 900, en, false",
    "390, 844, en, true",
    "390, 844, ar, true"
  })
  void theStoryHintFollowsTheScreen(int width, int height, String lang, boolean touch) {
    try (BrowserContext c =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setHasTouch(touch)
                .setIsMobile(touch))) {
      Page page = c.newPage();
      List<String> errors = consoleErrors(page);
      page.navigate(
          url("/story?year=" + UiFixture.YEAR + "&actor=" + fixture.actorId() + "&lang=" + lang));
      assertThat(page.locator(".story-card")).isVisible();
      if (touch) {
        assertThat(page.locator(".story-hint.keys")).isHidden();
        assertThat(page.locator(".story-hint.touch")).isVisible();
        assertThat(page.locator(".story-hint.touch"))
            .containsText(lang.equals("en") ? "Swipe" : "اسحب");
      } else {
        assertThat(page.locator(".story-hint.keys")).isVisible();
        assertThat(page.locator(".story-hint.touch")).isHidden();
      }
      // the viewport only: a whole-page capture re-lays the page out without the touch emulation
      page.locator(".story-hint:visible").scrollIntoViewIfNeeded();
      Chromium.shot(page, "12-48-story-hint-" + width + "-" + lang + ".png", false);
      if (touch) {
        // Swiping towards the line's start brings the next event (left in English, right in
        // Arabic); a swipe the other way goes back.
        String next = page.locator(".story-steps a[rel=next]").getAttribute("href");
        page.waitForFunction("() => document.readyState === 'complete'");
        swipe(page, lang.equals("en") ? -160 : 160);
        page.waitForURL(u -> u.endsWith(next));
        assertThat(page.locator(".story-steps a[rel=prev]")).hasCount(1);
        String previous = page.locator(".story-steps a[rel=prev]").getAttribute("href");
        page.waitForFunction("() => document.readyState === 'complete'");
        swipe(page, lang.equals("en") ? 160 : -160);
        page.waitForURL(u -> u.endsWith(previous));
      }
      assertEquals(List.of(), errors, "no error in the console");
    }
  }

  @ParameterizedTest
  @CsvSource({"1366, 900, ar", "390, 844, en"})
  void typingFastLogsNoConsoleError(int width, int height, String lang) {
    try (PolicyContext c = watched(width, height, true)) {
      Page page = c.newPage();
      page.setDefaultTimeout(60_000);
      // Searches and actor suggestions are held until let go, so that each next one replaces a
      // request still in flight, as on a slow connection.
      List<Route> held = new CopyOnWriteArrayList<>();
      page.route(
          u -> {
            String d = URLDecoder.decode(u, StandardCharsets.UTF_8);
            return d.contains("q=باك") || d.contains("/actors/suggest");
          },
          held::add);
      page.navigate(url("/?year=" + UiFixture.YEAR + "&lang=" + lang));
      page.waitForFunction("() => typeof window.htmx === 'object'");
      for (String q : List.of("باك", "باكو")) {
        int before = held.size();
        page.locator("#f-q").fill(q);
        page.locator("#f-q").press("Enter");
        waitHeld(page, held, before + 1);
      }
      page.locator("#f-who")
          .pressSequentially(
              "يوسف",
              new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(350));
      // The last name's suggestions (asked 250 ms after its last key) are held too: every request
      // the typing sent is in, however long the machine took to send it.
      page.waitForCondition(
          () ->
              held.stream()
                  .anyMatch(
                      r ->
                          URLDecoder.decode(r.request().url(), StandardCharsets.UTF_8)
                              .contains("who=يوسف")));
      assertTrue(held.size() >= 3, "requests replaced while in flight: " + held.size());
      for (Route r : held) {
        try {
          r.resume();
        } catch (PlaywrightException aborted) {
          // replaced by a later request: nothing to answer
        }
      }
      page.waitForURL(u -> URLDecoder.decode(u, StandardCharsets.UTF_8).contains("q=باكو"));
      assertThat(page.locator("#results article.event .title a"))
          .hasText(new String[] {UiFixture.TITLE_1});
      // The point of the test: no error is logged after the answers either (an abort reported
      // late); a second with nothing else to wait for.
      page.waitForTimeout(1_000);
      assertEquals(List.of(), c.problems(), "no error in the console");
    }
  }

  private static void waitHeld(Page page, List<Route> held, int atLeast) {
    page.waitForCondition(() -> held.size() >= atLeast);
    assertTrue(held.size() >= atLeast, "the search was sent");
  }

  /** A one-finger sideways swipe across the story's card, dx pixels (negative: to the left). */
  private static void swipe(Page page, int dx) {
    page.evaluate(
        "dx => { const el = document.querySelector('.story-card');"
            + " const r = el.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + 60;"
            + " const t = cx => new Touch({identifier: 1, target: el, clientX: cx, clientY: y});"
            + " el.dispatchEvent(new TouchEvent('touchstart', {touches: [t(x)], changedTouches: [t(x)],"
            + " bubbles: true, cancelable: true}));"
            + " el.dispatchEvent(new TouchEvent('touchend', {touches: [], changedTouches: [t(x + dx)],"
            + " bubbles: true, cancelable: true})); }",
        dx);
  }
}
