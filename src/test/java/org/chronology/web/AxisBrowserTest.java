package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The time axis, the story view, comparing actors and co-actors as a reader sees them, in Debian's
 * Chromium at 1366 and 390 px, in Arabic and English, with and without JavaScript, under the site's
 * Content-Security-Policy (anything blocked or logged as an error fails the test); screenshots
 * under {@code target/screenshots/axis-*}. Skipped, with the reason, where Chromium is missing.
 */
@QuarkusTest
class AxisBrowserTest extends UiBrowserTest {

  static final int[] WIDTHS = {1366, 390};
  static final String[] LANGS = {"ar", "en"};

  /** Under the site's policy: anything it blocks, or an error in the console, fails the test. */
  private PolicyContext context(int width, String lang, boolean js) {
    PolicyContext c = watchedWithoutAxe(width, 900, js);
    // The language is a cookie (set by ?lang=, as a reader's first page sets it); every later page
    // follows it. Set here directly, as the site sets it, rather than by a page load.
    c.context()
        .addCookies(
            List.of(new Cookie("lang", lang).setUrl(url("/")).setSameSite(SameSiteAttribute.LAX)));
    return c;
  }

  @Test
  void theAxisPlacesEventsInReadingDirectionAtBothWidthsAndLanguages() {
    for (int width : WIDTHS) {
      for (String lang : LANGS) {
        try (PolicyContext c = context(width, lang, true)) {
          Page page = c.newPage();
          page.navigate(url("/?year=" + UiFixture.YEAR + "&actor=" + fixture.actorId()));
          Locator marks = page.locator("svg.time-axis a.ax-mark");
          assertThat(marks).hasCount(2);
          BoundingBox may = marks.nth(0).boundingBox();
          BoundingBox nov = marks.nth(1).boundingBox();
          if (lang.equals("ar")) {
            assertTrue(may.x > nov.x, "May right of November in Arabic at " + width);
          } else {
            assertTrue(may.x < nov.x, "May left of November in English at " + width);
          }
          assertTrue(may.width > 8, "a month-long event is a bar, not a dot: " + may.width);
          // One name per mark, its <title>: the tooltip and what a screen reader says.
          assertThat(marks.nth(0))
              .hasAccessibleName(Pattern.compile(".*" + UiFixture.TITLE_1 + ".*"));
          assertThat(marks.nth(0).locator("title")).containsText(UiFixture.TITLE_1);
          assertEquals(null, marks.nth(0).getAttribute("aria-label"), "no second copy");
          // The axis's height is reserved by the server: the SVG is as tall as it says.
          Locator svg = page.locator("svg.time-axis");
          double reserved = Double.parseDouble(svg.getAttribute("height"));
          assertEquals(reserved, svg.boundingBox().height, 1.0);
          BoundingBox axis = svg.boundingBox();
          assertTrue(axis.x >= 0 && axis.x + axis.width <= width, "the axis fits " + width + " px");
          assertThat(page.locator(".axis .ax-lane-label").first())
              .hasText(lang.equals("en") ? UiFixture.NAME_EN : UiFixture.NAME);
          shot(page, "axis-year-" + lang + "-" + width + ".png");
          page.navigate(url("/?zoom=" + UiFixture.YEAR + "-05&actor=" + fixture.actorId()));
          assertThat(page.locator("svg.time-axis a.ax-mark")).hasCount(1);
          shot(page, "axis-month-" + lang + "-" + width + ".png");
        }
      }
    }
  }

  @Test
  void arrowKeysMoveBetweenEventsAndDraggingChoosesASpan() {
    for (String lang : LANGS) {
      try (PolicyContext c = context(1366, lang, true)) {
        Page page = c.newPage();
        page.navigate(url("/?year=" + UiFixture.YEAR + "&actor=" + fixture.actorId()));
        Locator marks = page.locator("svg.time-axis a.ax-mark");
        marks.nth(0).focus();
        // Towards November: left in Arabic, right in English.
        page.keyboard().press(lang.equals("ar") ? "ArrowLeft" : "ArrowRight");
        assertEquals(
            UiFixture.YEAR + "-11-03", page.evaluate("document.activeElement.dataset.start"));
        page.keyboard().press(lang.equals("ar") ? "ArrowRight" : "ArrowLeft");
        assertEquals(
            UiFixture.YEAR + "-05-01", page.evaluate("document.activeElement.dataset.start"));
        BoundingBox box = page.locator("svg.time-axis").boundingBox();
        double y = box.y + 2;
        page.mouse().move(box.x + box.width * 0.3, y);
        page.mouse().down();
        page.mouse()
            .move(
                box.x + box.width * 0.5,
                y,
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        page.mouse()
            .move(
                box.x + box.width * 0.7,
                y,
                new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        page.mouse().up();
        page.waitForURL(Pattern.compile(".*from=" + UiFixture.YEAR + "-\\d\\d-\\d\\d.*"));
        String u = page.url();
        assertTrue(u.contains("to=" + UiFixture.YEAR + "-"), u);
        assertFalse(u.contains("year="), "a span replaces the year: " + u);
        assertThat(page.locator("svg.time-axis rect.ax-selection")).hasCount(1);
        shot(page, "axis-span-" + lang + "-1366.png");
      }
    }
  }

  @Test
  void zoomAndPanSwapOnlyTheAxisAndKeepTheAddressInStep() {
    for (String lang : LANGS) {
      for (int width : WIDTHS) {
        try (PolicyContext c = context(width, lang, true)) {
          Page page = c.newPage();
          String year = String.valueOf(UiFixture.YEAR);
          page.navigate(url("/?zoom=" + year + "&actor=" + fixture.actorId()));
          // Anything on the page outside the axis survives only if the page is not loaded again.
          page.evaluate("document.getElementById('results').dataset.kept = 'yes'");
          assertThat(page.locator(".axis")).hasAttribute("data-level", "YEAR");

          // Into May by its tick: the axis alone is fetched and swapped; the address follows.
          Response axisOnly =
              page.waitForResponse(
                  r -> "axis".equals(r.request().headerValue("hx-target")),
                  () ->
                      page.locator("svg.time-axis a.ax-tick[href*='zoom=" + year + "-05']")
                          .click());
          String fragment = axisOnly.text();
          page.waitForURL(Pattern.compile(".*zoom=" + year + "-05.*"));
          assertThat(page.locator(".axis")).hasAttribute("data-level", "MONTH");
          assertThat(page.locator("svg.time-axis a.ax-mark")).hasCount(1);
          assertEquals("yes", page.evaluate("document.getElementById('results').dataset.kept"));
          assertEquals("axis-h", page.evaluate("document.activeElement.id"), "focus on the axis");
          assertTrue(fragment.strip().startsWith("<section id=\"axis\""), fragment);
          assertFalse(fragment.contains("<html"), "only the axis is sent");
          // The language switch follows the new address.
          assertTrue(
              page.locator("#lang-switch").getAttribute("href").contains("zoom=" + year + "-05"),
              page.locator("#lang-switch").getAttribute("href"));

          // Keyboard: "-" zooms out, PageDown goes later; the focused control stays in place.
          page.keyboard().press("-");
          page.waitForURL(Pattern.compile(".*zoom=" + year + "(&.*)?(#axis)?$"));
          assertThat(page.locator(".axis")).hasAttribute("data-level", "YEAR");
          page.keyboard().press("PageDown");
          page.waitForURL(Pattern.compile(".*zoom=" + (UiFixture.YEAR + 1) + "(&.*)?(#axis)?$"));
          assertEquals("ax-next", page.evaluate("document.activeElement.getAttribute('class')"));
          // Tab and Enter on "earlier" work as well.
          page.locator(".axis-zoom a.ax-prev").focus();
          page.keyboard().press("Enter");
          page.waitForURL(Pattern.compile(".*zoom=" + year + "(&.*)?(#axis)?$"));
          assertEquals("yes", page.evaluate("document.getElementById('results').dataset.kept"));
          shot(page, "axis-inplace-" + lang + "-" + width + ".png");

          // Back and forward swap the axis to match the address.
          page.goBack();
          page.waitForURL(Pattern.compile(".*zoom=" + (UiFixture.YEAR + 1) + "(&.*)?(#axis)?$"));
          assertThat(page.locator("svg.time-axis")).hasAttribute("data-start-day", epochDay(1988));
          page.goBack();
          page.goBack();
          page.waitForURL(Pattern.compile(".*zoom=" + year + "-05.*"));
          assertThat(page.locator(".axis")).hasAttribute("data-level", "MONTH");
          page.goForward();
          page.waitForURL(Pattern.compile(".*zoom=" + year + "(&.*)?(#axis)?$"));
          assertThat(page.locator(".axis")).hasAttribute("data-level", "YEAR");
          assertEquals("yes", page.evaluate("document.getElementById('results').dataset.kept"));
          // The links are still real links.
          assertTrue(page.locator(".axis-zoom a.ax-out").getAttribute("href").contains("zoom="));
        }
      }
    }
  }

  private static String epochDay(int year) {
    return String.valueOf(java.time.LocalDate.of(year, 1, 1).toEpochDay());
  }

  /**
   * The main pages at both widths and languages, for a person to look at ({@code
   * target/screenshots/main-*}); no page scrolls sideways.
   */
  @Test
  void mainPagesFitBothWidthsInBothLanguages() {
    long event =
        io.restassured.RestAssured.given()
            .get("/api/events?size=1")
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].id");
    Map<String, String> pages =
        Map.of("home", "/", "year2023", "/?year=2023", "event", "/events/" + event);
    for (int width : WIDTHS) {
      for (String lang : LANGS) {
        try (PolicyContext c = context(width, lang, true)) {
          Page page = c.newPage();
          InFlight inFlight = new InFlight(page);
          for (Map.Entry<String, String> p : pages.entrySet()) {
            page.navigate(url(p.getValue()));
            settled(page, inFlight);
            shot(page, "main-" + p.getKey() + "-" + lang + "-" + width + ".png");
            Number scroll = (Number) page.evaluate("document.scrollingElement.scrollWidth");
            assertTrue(
                scroll.intValue() <= width,
                p.getValue() + " scrolls sideways at " + width + " px in " + lang + ": " + scroll);
          }
        }
      }
    }
  }

  @Test
  void withoutJavaScriptASpanIsTwoClicksAndZoomIsLinks() {
    for (String lang : LANGS) {
      try (PolicyContext c = context(390, lang, false)) {
        Page page = c.newPage();
        page.navigate(url("/?zoom=" + UiFixture.YEAR + "&actor=" + fixture.actorId()));
        Locator picks = page.locator("svg.time-axis a.ax-pick");
        assertThat(picks).hasCount(12);
        picks.nth(4).click(); // May
        page.waitForURL(Pattern.compile(".*pick=" + UiFixture.YEAR + "-05-01.*"));
        assertThat(page.locator(".axis-pick")).isVisible();
        page.locator("svg.time-axis a.ax-pick").nth(10).click(); // November
        page.waitForURL(Pattern.compile(".*to=" + UiFixture.YEAR + "-11-30.*"));
        assertTrue(page.url().contains("from=" + UiFixture.YEAR + "-05-01"), page.url());
        assertThat(page.locator("#results article.event")).hasCount(2);
        shot(page, "axis-nojs-span-" + lang + "-390.png");
        // Zooming out is a link.
        page.locator(".axis-zoom a.ax-out").click();
        assertThat(page.locator(".axis")).hasAttribute("data-level", "DECADE");
      }
    }
  }

  @Test
  void theStoryStepsWithLinksAndArrowKeys() {
    for (int width : WIDTHS) {
      for (String lang : LANGS) {
        try (PolicyContext c = context(width, lang, true)) {
          Page page = c.newPage();
          page.navigate(url("/?actor=" + fixture.actorId()));
          page.locator(".axis a.story-link").click();
          page.waitForURL(Pattern.compile(".*/story\\?.*actor=" + fixture.actorId() + ".*"));
          assertThat(page.locator(".story-card h2")).hasText(UiFixture.TITLE_1);
          assertThat(page.locator(".story-card blockquote mark.trigger"))
              .hasText(fixture.trigger());
          shot(page, "story-" + lang + "-" + width + ".png");
          // Forward in reading direction: ← in Arabic, → in English.
          page.keyboard().press(lang.equals("ar") ? "ArrowLeft" : "ArrowRight");
          page.waitForURL(Pattern.compile(".*i=2.*"));
          assertThat(page.locator(".story-card h2")).hasText(UiFixture.TITLE_2);
          page.locator(".story-steps a[rel=prev]").click();
          assertThat(page.locator(".story-card h2")).hasText(UiFixture.TITLE_1);
        }
      }
    }
  }

  @Test
  void compareAndCoActorsAtBothWidthsAndLanguages() {
    // A seed actor who shares events with others.
    long a = 0;
    List<Map<String, Object>> items =
        io.restassured.RestAssured.given()
            .get("/api/events?size=200")
            .then()
            .extract()
            .jsonPath()
            .getList("items");
    for (Map<String, Object> e : items) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> actors = (List<Map<String, Object>>) e.get("actors");
      if (actors.isEmpty()) {
        continue;
      }
      long first = ((Number) actors.get(0).get("id")).longValue();
      if (actors.stream().anyMatch(x -> ((Number) x.get("id")).longValue() != first)) {
        a = first;
        break;
      }
    }
    Assumptions.assumeTrue(a > 0, "no seed event with two actors");
    for (int width : WIDTHS) {
      for (String lang : LANGS) {
        try (PolicyContext c = context(width, lang, true)) {
          Page page = c.newPage();
          page.navigate(url("/actors/" + a));
          assertTrue(page.locator(".co-actors li").count() >= 1, "co-actors listed");
          assertThat(page.locator("svg.relation")).isVisible();
          assertThat(page.locator(".axis svg.time-axis")).isVisible();
          shot(page, "actor-coactors-" + lang + "-" + width + ".png");
          page.locator(".co-actors a.compare-link").first().click();
          page.waitForURL(Pattern.compile(".*/compare\\?a=" + a + "&b=\\d+.*"));
          assertThat(page.locator("svg.time-axis g.ax-lane")).hasCount(2);
          assertTrue(page.locator("#shared-h").textContent().matches(".*[1-9\u0661-\u0669].*"));
          assertTrue(page.locator("section.results article.event").count() >= 1);
          shot(page, "compare-" + lang + "-" + width + ".png");
        }
      }
    }
  }

  @Test
  void fontsAreSubsetWoff2AndScriptsAreDeferred() {
    try (PolicyContext c = watchedWithoutAxe(1280, 720, true)) {
      Page page = c.newPage();
      List<String> fonts = new ArrayList<>();
      page.onResponse(
          r -> {
            if (r.url().contains("/fonts/")) {
              fonts.add(r.url() + " " + r.headerValue("content-type"));
            }
          });
      page.navigate(url("/"));
      page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
      // js/fonts.js names the web font (html.wf) after the first paint, once both faces are in;
      // on a busy machine the network can fall idle before the first paint is reported.
      page.waitForFunction("() => document.documentElement.classList.contains('wf')");
      assertFalse(fonts.isEmpty(), "the Arabic font is loaded");
      assertTrue(
          page.evaluate("getComputedStyle(document.body).fontFamily")
              .toString()
              .startsWith("\"Noto Naskh Arabic\""),
          "the web font named once it is in");
      assertEquals(
          Boolean.TRUE,
          page.evaluate(
              "document.fonts.check('400 16px \"Noto Naskh Arabic\"', '\u0627')"
                  + " && document.fonts.check('700 16px \"Noto Naskh Arabic\"', '\u0627')"),
          "both faces loaded");
      assertTrue(
          ((Number)
                      page.evaluate(
                          "performance.getEntriesByType('paint')"
                              + ".filter(e => e.name === 'first-contentful-paint').length"))
                  .intValue()
              == 1,
          "the first contentful paint came first");
      for (String f : fonts) {
        assertTrue(f.contains(".woff2"), "only WOFF2 fonts: " + f);
        assertFalse(f.contains(".ttf"), f);
      }
      // The page's own scripts are deferred; htmx is added by js/filters.js after the load event.
      for (Object defer :
          (List<?>)
              page.evaluate(
                  "[...document.querySelectorAll('script[src]:not(#htmx-script)')]"
                      + ".map(s => s.defer)")) {
        assertEquals(Boolean.TRUE, defer, "every script the page names is deferred");
      }
    }
    // An event's page (its only script js/fonts.js) gets the font too.
    try (PolicyContext c = watchedWithoutAxe(1280, 720, true)) {
      Page page = c.newPage();
      page.navigate(url("/"));
      page.locator("article.event .title a").first().click();
      page.waitForURL(Pattern.compile(".*/events/\\d+.*"));
      page.waitForFunction("() => document.documentElement.classList.contains('wf')");
    }
    // Without JavaScript the <noscript> style names the web font from the start, as before.
    try (PolicyContext c = watchedWithoutAxe(1280, 720, false)) {
      Page page = c.newPage();
      page.navigate(url("/"));
      assertTrue(
          page.locator("body")
              .evaluate("b => getComputedStyle(b).fontFamily")
              .toString()
              .startsWith("\"Noto Naskh Arabic\""),
          "the web font without JavaScript");
    }
  }
}
