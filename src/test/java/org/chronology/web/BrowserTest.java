package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a person sees, in Debian's Chromium driven headless by Playwright (no browser download): the
 * chronology right to left, a year picked in the strip, an actor found by an alias, an event's
 * highlighted evidence, the English interface, a 360 px screen, keyboard and no-JavaScript use.
 * Skipped, with the reason, where Chromium is not installed.
 */
@QuarkusTest
class BrowserTest extends UiBrowserTest {

  @Test
  void aReaderBrowsesFiltersAndReadsTheEvidence() {
    try (BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1200, 900))) {
      Page page = context.newPage();
      // Under the site's Content-Security-Policy (not bypassed here), nothing fails in the console:
      // an htmx trigger filter compiled with Function() once did, and sent the form twice.
      List<String> errors = new ArrayList<>();
      page.onConsoleMessage(
          m -> {
            if (m.type().equals("error")) {
              errors.add(m.text());
            }
          });
      page.onPageError(errors::add);
      List<String> sent = new ArrayList<>();
      page.onRequest(
          r -> {
            if (r.url().contains("/?") && r.url().contains("who=")) {
              sent.add(r.url());
            }
          });
      page.navigate(url("/"));
      // htmx comes after the page's load event, not before its first paint, and only here.
      page.waitForFunction("() => typeof window.htmx === 'object'");
      assertThat(page.locator("head script#htmx-script")).hasCount(1);

      // Arabic first, laid out right to left, time flowing right to left in the strip.
      assertEquals("rtl", page.evaluate("getComputedStyle(document.documentElement).direction"));
      assertEquals("ar", page.getAttribute("html", "lang"));
      BoundingBox brand = page.locator("header.site .brand").boundingBox();
      BoundingBox prefs = page.locator("header.site nav.prefs").boundingBox();
      assertTrue(brand.x > prefs.x, "the brand is on the right, the preferences on the left");
      Locator bars = page.locator("svg.strip a.bar");
      assertTrue(bars.count() >= 1);
      BoundingBox oldest = bars.first().boundingBox();
      BoundingBox newest = bars.last().boundingBox();
      if (bars.count() > 1) {
        assertTrue(oldest.x > newest.x, "older years on the right");
      }
      shot(page, "01-chronology-ar.png");

      // Pick a year in the strip.
      page.locator("svg.strip a.bar[data-year='" + UiFixture.YEAR + "']").click();
      page.waitForURL(Pattern.compile(".*year=" + UiFixture.YEAR + ".*"));
      assertThat(page.locator("h2#y-" + UiFixture.YEAR)).isVisible();
      assertThat(page.locator("svg.strip a.bar.selected"))
          .hasAttribute("data-year", "" + UiFixture.YEAR);

      // Find the actor by an alias spelled differently from the name, and filter by them.
      page.locator("#f-who").fill(UiFixture.ALIAS);
      page.locator("#f-who").press("Enter");
      page.waitForURL(Pattern.compile(".*actor=" + fixture.actorId() + ".*"));
      assertThat(page.locator("#results article.event")).hasCount(2);
      assertThat(page.locator("#results-count")).containsText("2");
      assertEquals(1, sent.size(), "Enter in the actor field sends the form once: " + sent);
      assertEquals(List.of(), errors, "no error in the console");
      shot(page, "02-year-and-actor.png");

      // Open an event: the evidence is highlighted.
      page.locator("#ev-" + fixture.eventIds().get(0) + " a").click();
      page.waitForURL(Pattern.compile(".*/events/" + fixture.eventIds().get(0)));
      assertThat(page.locator("blockquote mark.trigger")).hasText(fixture.trigger());
      assertThat(page.locator("blockquote mark.date")).hasText(fixture.datePhrase());
      assertThat(page.locator("blockquote mark.actor")).hasText(fixture.actorPhrase());
      shot(page, "03-event-evidence.png");
      assertThat(page.locator("script[src*='htmx']")).hasCount(0);

      // Switch to English: the interface follows, the Arabic evidence stays right to left.
      page.locator("#lang-switch").click();
      page.waitForURL(Pattern.compile(".*lang=en.*"));
      assertEquals("en", page.getAttribute("html", "lang"));
      assertThat(page.locator("#evidence-h")).containsText("Evidence");
      assertEquals(
          "rtl", page.locator("blockquote").evaluate("e => getComputedStyle(e).direction"));
      assertThat(page.locator("a[href='/actors/" + fixture.actorId() + "']").first())
          .hasText(UiFixture.NAME_EN);
      shot(page, "04-event-en.png");

      // The choice is remembered on the next page, without the parameter.
      page.navigate(url("/?year=" + UiFixture.YEAR));
      assertEquals("en", page.getAttribute("html", "lang"));
      assertEquals("ltr", page.evaluate("getComputedStyle(document.documentElement).direction"));
      page.locator("#lang-switch").click();
      page.waitForURL(Pattern.compile(".*lang=ar.*"));
      assertEquals("rtl", page.evaluate("getComputedStyle(document.documentElement).direction"));
    }
  }

  @Test
  void keyboardSmallScreenAndNoJavaScript() {
    try (BrowserContext phone =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740))) {
      Page page = phone.newPage();
      page.navigate(url("/?year=" + UiFixture.YEAR));
      Number scroll = (Number) page.evaluate("document.documentElement.scrollWidth");
      assertTrue(scroll.intValue() <= 360, "no sideways scrolling at 360 px: " + scroll);
      page.keyboard().press("Tab");
      assertEquals("skip", page.evaluate("document.activeElement.className"));
      page.keyboard().press("Tab");
      assertEquals(
          "outline",
          page.evaluate(
              "getComputedStyle(document.activeElement).outlineStyle === 'solid' ? 'outline' :"
                  + " 'none'"));
      shot(page, "05-phone-360.png");
      // A year bar is a link like any other: focus it and press Enter.
      page.navigate(url("/"));
      Locator bar = page.locator("svg.strip a.bar[data-year='" + UiFixture.YEAR + "']");
      bar.focus();
      page.keyboard().press("Enter");
      page.waitForURL(Pattern.compile(".*year=" + UiFixture.YEAR + ".*"));
      assertThat(page.locator("h2#y-" + UiFixture.YEAR)).isVisible();
      // Printing a filtered chronology: the events without the controls.
      page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
      assertThat(page.locator("form.filters")).isHidden();
      assertThat(page.locator("#results article.event").first()).isVisible();
    }
    try (BrowserContext noJs =
        browser.newContext(
            new Browser.NewContextOptions()
                .setJavaScriptEnabled(false)
                .setViewportSize(1200, 900))) {
      Page page = noJs.newPage();
      page.navigate(url("/?year=" + UiFixture.YEAR));
      page.locator("#f-who").fill(UiFixture.ALIAS);
      page.locator("form.filters button[type=submit]").click();
      page.waitForURL(Pattern.compile(".*actor=" + fixture.actorId() + ".*"));
      assertThat(page.locator("#results article.event")).hasCount(2);
    }
  }
}
