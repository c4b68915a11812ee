package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a reader saw that the page did not mean: the story view's ←/→ (or swipe) hint without
 * JavaScript, when nothing handles the keys (the previous/next links are the way then); the
 * browser's own bubble, in the browser's language, for a year out of 1–9999 typed in the review
 * queue, where the page says why beside the field; and the from/to date boxes showing the day in
 * the browser's locale format (04/03/2022 reads two ways), now also written as the page writes
 * days. At 1366 and 390 px, in Arabic and English, with and without JavaScript. Screenshots under
 * {@code target/screenshots/12-49-*}.
 */
@QuarkusTest
class HintsAndNativeFieldsBrowserTest extends UiBrowserTest {

  /** The editor's cookies, from the class's one sign-in through the login form. */
  private java.util.List<Cookie> editor;

  /**
   * A page of the context signed in as an editor: the first time through the login form (under the
   * context's watch, landing on the review queue), then with that sign-in's cookies.
   */
  private Page asEditor(PolicyContext c) {
    if (editor == null) {
      Page page = signedIn(c.context(), "editor49", false);
      editor = c.context().cookies();
      return page;
    }
    c.context().addCookies(editor);
    return c.newPage();
  }

  @ParameterizedTest
  @CsvSource({
    "1366, 900, ar, false",
    "1366, 900, en, false",
    "390, 844, en, true",
    "390, 844, ar, true"
  })
  void theStoryHintOnlyWhereTheScriptRuns(int width, int height, String lang, boolean touch) {
    String story =
        url("/story?year=" + UiFixture.YEAR + "&actor=" + fixture.actorId() + "&lang=" + lang);
    for (boolean js : new boolean[] {false, true}) {
      try (BrowserContext c =
          browser.newContext(
              new Browser.NewContextOptions()
                  .setViewportSize(width, height)
                  .setHasTouch(touch)
                  .setIsMobile(touch)
                  .setJavaScriptEnabled(js))) {
        Page page = c.newPage();
        page.navigate(story);
        assertThat(page.locator(".story-card")).isVisible();
        Locator hint = page.locator(touch ? ".story-hint.touch" : ".story-hint.keys");
        if (js) {
          assertThat(hint).isVisible();
        } else {
          assertThat(page.locator(".story-hint.keys")).isHidden();
          assertThat(page.locator(".story-hint.touch")).isHidden();
        }
        page.locator(".story-steps").scrollIntoViewIfNeeded();
        Chromium.shot(
            page, "12-49-story-" + (js ? "js" : "nojs") + "-" + width + "-" + lang + ".png", false);
        if (!js) {
          // The links are the way: "next" brings the next step.
          Locator next = page.locator(".story-steps a[rel=next]");
          assertThat(next).isVisible();
          String href = next.getAttribute("href");
          next.click();
          page.waitForURL(u -> u.endsWith(href));
          assertThat(page.locator(".story-steps a[rel=prev]")).isVisible();
          assertThat(page.locator(".story-hint.keys")).isHidden();
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"1366, 900, ar", "1366, 900, en", "390, 844, en", "390, 844, ar"})
  void anOutOfRangeYearGetsThePagesMessage(int width, int height, String lang) {
    boolean en = lang.equals("en");
    try (PolicyContext c = watched(width, height, true)) {
      Page page = asEditor(c);
      page.setDefaultTimeout(120_000);
      for (String bad : new String[] {"12345", "0"}) {
        page.navigate(url("/review?lang=" + lang));
        Locator year = page.locator("form.filters input[name=year]");
        // Still a bounded number field: the bounds are the field's, the message the page's.
        assertThat(year).hasAttribute("max", "9999");
        year.fill(bad);
        Response r =
            page.waitForNavigation(() -> page.locator("form.filters button[type=submit]").click());
        assertEquals(400, r.status(), "the server's check answers " + bad);
        assertThat(page.locator("h1#review-h")).isVisible();
        Locator error = page.locator("form.filters #year-error");
        assertThat(error).isVisible();
        assertThat(error)
            .containsText(en ? "“" + bad + "” is not a year" : "«" + bad + "» ليست سنة");
        assertThat(error).containsText(en ? "from 1 to 9999" : "من 1 إلى 9999");
        assertThat(year).hasAttribute("aria-invalid", "true");
        assertThat(year).hasValue(bad);
      }
      page.locator("#year-error").scrollIntoViewIfNeeded();
      Chromium.shot(page, "12-49-review-typed-year-" + width + "-" + lang + ".png", false);
    }
  }

  @ParameterizedTest
  @CsvSource({"1366, 900, ar", "1366, 900, en", "390, 844, en", "390, 844, ar"})
  void aChosenDayReadsAsThePageWritesDays(int width, int height, String lang) {
    boolean en = lang.equals("en");
    String march = en ? "4 March 2022" : "4 آذار/مارس 2022";
    String november = en ? "2 November 2022" : "2 تشرين الثاني/نوفمبر 2022";
    String page0 = url("/?more=1&from=2022-03-04&to=2022-11-02&lang=" + lang);
    // Without JavaScript: the server writes each sent day beside its box.
    try (PolicyContext c = watched(width, height, false)) {
      Page page = c.newPage();
      page.navigate(page0);
      assertThat(page.locator("#f-from-day")).hasText(march);
      assertThat(page.locator("#f-to-day")).hasText(november);
      assertThat(page.locator("#f-from")).hasAttribute("aria-describedby", "f-from-day");
      page.locator("#f-from").scrollIntoViewIfNeeded();
      Chromium.shot(page, "12-49-date-echo-nojs-" + width + "-" + lang + ".png", false);
      // The form still sends the days as they are.
      page.locator("#f-to").fill("2022-12-31");
      page.locator("#f-to").press("Enter");
      page.waitForURL(u -> u.contains("to=2022-12-31"));
      assertThat(page.locator("#f-to-day"))
          .hasText(en ? "31 December 2022" : "31 كانون الأول/ديسمبر 2022");
    }
    // With JavaScript: a picked day is written at once, before anything is sent (htmx, which
    // applies the form on change and swaps the fields, is left out here: js/filters.js writes it).
    try (PolicyContext c = watched(width, height, true)) {
      Page page = c.newPage();
      page.route(
          "**/htmx.min.js",
          r -> r.fulfill(new Route.FulfillOptions().setContentType("text/javascript").setBody("")));
      page.navigate(url("/?more=1&lang=" + lang));
      assertThat(page.locator("#f-from-day")).hasText("");
      page.locator("#f-from").fill("2022-03-04");
      assertThat(page.locator("#f-from-day")).hasText(march);
      page.locator("#f-from").fill("");
      assertThat(page.locator("#f-from-day")).hasText("");
      page.locator("#f-to").fill("2022-11-02");
      assertThat(page.locator("#f-to-day")).hasText(november);
      page.locator("#f-to").scrollIntoViewIfNeeded();
      Chromium.shot(page, "12-49-date-echo-js-" + width + "-" + lang + ".png", false);
      // The reader's digits, as the page writes its dates.
      page.navigate(url("/?more=1&digits=arab&lang=" + lang));
      page.locator("#f-from").fill("2022-03-04");
      assertThat(page.locator("#f-from-day"))
          .hasText(march.replace("4", "٤").replace("2022", "٢٠٢٢"));
    }
  }

  /**
   * The review queue paints styled at once: its rules are in the head, no stylesheet request in the
   * body (which painted the header first, then moved the form and table into place once it came
   * back: layout shift 0.07–0.16 at 1366 px in the first-paint matrix).
   */
  @ParameterizedTest
  @CsvSource({"1366, 900, en", "390, 844, ar"})
  void theReviewQueuePaintsStyledAtOnce(int width, int height, String lang) {
    try (PolicyContext c = watched(width, height, true)) {
      Page page = asEditor(c);
      page.setDefaultTimeout(120_000);
      // As after the login form, which lands on the queue: its files are in the browser's cache.
      page.navigate(url("/review?lang=" + lang));
      java.util.List<String> sheets = new java.util.concurrent.CopyOnWriteArrayList<>();
      page.route(
          "**/*.css",
          r -> {
            if (!r.request().url().endsWith("/css/print.css")) { // media="print": no wait
              sheets.add(r.request().url());
            }
            r.resume();
          });
      page.navigate(url("/review?lang=" + lang));
      page.waitForLoadState();
      // Half a second after the load event for anything late to move, then the shifts and the
      // elements they moved, with their rectangles before and after and the shift's time (in the
      // message, so that a failure says what moved, how far and when: 0.2674 at 390 px in Arabic,
      // MAIN and the header's LIs, seen in a run of all the browser tests on a busy machine).
      page.evaluate("() => new Promise(r => setTimeout(r, 500))");
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> shift =
          (java.util.Map<String, Object>) page.evaluate(LayoutShiftBrowserTest.SHIFTS_WITH_RECTS);
      assertEquals(java.util.List.of(), sheets, "no stylesheet request");
      assertEquals(
          0.0,
          ((Number) shift.get("sum")).doubleValue(),
          0.05,
          () -> "layout shift (what moved: " + shift.get("moved") + ")");
      // The editors' rules apply: the queue's table is laid out as the stylesheet says.
      assertEquals(
          "collapse",
          page.locator("table.review-queue").evaluate("t => getComputedStyle(t).borderCollapse"));
    }
  }
}
