package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The year strip is one Tab stop (#12): a keyboard user no longer tabs through every year to reach
 * the events. With JavaScript the strip is a toolbar with a roving tabindex: Tab from the element
 * before it reaches the first event's link after one stop in it (the selected year, else the
 * newest), ←/→ move to the year drawn beside the focused one (older years on the right in Arabic,
 * on the left in English), Home/End to the oldest and newest, Enter opens the focused year. Without
 * JavaScript every year is a plain link and a Tab stop, as before. At 1366 and 390 px, Arabic and
 * English, with no serious axe-core finding.
 */
@QuarkusTest
class YearStripKeysBrowserTest extends UiBrowserTest {

  /** The year of the focused element when it is a bar of the strip, else null. */
  private static String focusedYear(Page page) {
    return (String)
        page.evaluate(
            "() => { const a = document.activeElement;"
                + " return a && a.closest && a.closest('svg.strip a.bar') ? a.dataset.year : null;"
                + " }");
  }

  /**
   * Focuses the last element a Tab reaches before the strip, then presses Tab until the first
   * event's link has the focus: the years of the strip's stops met on the way.
   */
  @SuppressWarnings("unchecked")
  private static List<String> stopsInTheStripToTheFirstEvent(Page page, String where) {
    Object before =
        page.evaluate(
            "() => { const strip = document.querySelector('svg.strip');"
                + " const all = [...document.querySelectorAll('a[href], button, input, select,"
                + " textarea, summary, [tabindex]')].filter(e => e.tabIndex >= 0 && !e.disabled"
                + " && !strip.contains(e) && (strip.compareDocumentPosition(e)"
                + " & Node.DOCUMENT_POSITION_PRECEDING));"
                + " const e = all[all.length - 1]; e.setAttribute('data-before-strip', '');"
                + " return e.outerHTML.slice(0, 80); }");
    assertTrue(before != null, where + ": an element before the strip");
    page.locator("[data-before-strip]").focus();
    List<String> stops = new ArrayList<>();
    for (int tabs = 0; tabs < 120; tabs++) {
      page.keyboard().press("Tab");
      if (Boolean.TRUE.equals(
          page.evaluate(
              "() => document.activeElement === document.querySelector('#results article.event"
                  + " a')"))) {
        return stops;
      }
      String year = focusedYear(page);
      if (year != null) {
        stops.add(year);
      }
    }
    throw new AssertionError(
        where + ": 120 Tabs from " + before + " never reached the first event");
  }

  /** The strip's years in the order they are drawn, left to right. */
  @SuppressWarnings("unchecked")
  private static List<String> drawnLeftToRight(Page page) {
    return (List<String>)
        page.evaluate(
            "() => [...document.querySelectorAll('svg.strip a.bar')]"
                + ".sort((x, y) => x.getBoundingClientRect().left - y.getBoundingClientRect().left)"
                + ".map(b => b.dataset.year)");
  }

  @SuppressWarnings("unchecked")
  private static List<String> years(Page page) {
    return (List<String>)
        page.evaluate(
            "() => [...document.querySelectorAll('svg.strip a.bar')].map(b => b.dataset.year)"
                + ".sort((x, y) => Number(x) - Number(y))");
  }

  private static void awaitToolbar(Page page, String year) {
    page.waitForFunction(
        "y => { const s = document.querySelector('svg.strip[role=toolbar]');"
            + " const stop = s && s.querySelector('a.bar[tabindex=\"0\"]');"
            + " return stop && stop.dataset.year === y; }",
        year);
  }

  @Test
  void theStripIsOneTabStopAndArrowKeysMoveInTheDrawnDirection() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = underPolicy(width, width > 400 ? 900 : 844, true)) {
        Page page = c.newPage();
        for (String lang : List.of("ar", "en")) {
          boolean en = lang.equals("en");
          String where = width + " px " + lang;
          page.navigate(url("/?lang=" + lang));
          List<String> years = years(page);
          assertTrue(years.size() >= 3, where + ": a strip of years to walk: " + years);
          String oldest = years.get(0);
          String newest = years.get(years.size() - 1);
          // js/axis.js has run (it marks itself when it does): the strip is what it makes of it.
          page.waitForFunction("() => window.chronologyAxis === true");

          assertEquals(
              List.of(newest),
              stopsInTheStripToTheFirstEvent(page, where),
              where + ": one stop in the strip, the newest year");

          // Drawn right to left in Arabic: the older year is on the right.
          List<String> drawn = drawnLeftToRight(page);
          assertEquals(en ? oldest : newest, drawn.get(0), where + ": drawn " + drawn);
          String towardsNewer = en ? "ArrowRight" : "ArrowLeft";
          String towardsOlder = en ? "ArrowLeft" : "ArrowRight";

          page.locator("svg.strip a.bar[tabindex='0']").focus();
          page.keyboard().press("Home");
          assertEquals(oldest, focusedYear(page), where + ": Home, the oldest year");
          page.keyboard().press(towardsOlder);
          assertEquals(oldest, focusedYear(page), where + ": nothing beyond the oldest");
          page.keyboard().press(towardsNewer);
          assertEquals(years.get(1), focusedYear(page), where + ": " + towardsNewer);
          page.keyboard().press(towardsOlder);
          assertEquals(oldest, focusedYear(page), where + ": " + towardsOlder);
          page.keyboard().press("End");
          assertEquals(newest, focusedYear(page), where + ": End, the newest year");
          page.keyboard().press(towardsOlder);
          String picked = years.get(years.size() - 2);
          assertEquals(picked, focusedYear(page), where + ": " + towardsOlder + " from the newest");
          if (width > 400) {
            for (String v : axe(page, axeSource)) {
              failures.add(where + " a year focused: " + v);
            }
          }

          // Enter opens the focused year; there the selected year holds the strip's stop.
          page.keyboard().press("Enter");
          page.waitForURL(Pattern.compile(".*year=" + picked + ".*"));
          page.locator("h2#y-" + picked).waitFor();
          awaitToolbar(page, picked);
          assertEquals(
              List.of(picked),
              stopsInTheStripToTheFirstEvent(page, where + " year " + picked),
              where + ": on a year's page, one stop in the strip, the selected year");
          if (width > 400) {
            for (String v : axe(page, axeSource)) {
              failures.add(where + " year " + picked + ": " + v);
            }
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void withoutJavaScriptEveryYearIsALinkAndATabStop() throws Exception {
    try (BrowserContext c = underPolicy(1366, 900, false)) {
      Page page = c.newPage();
      for (String lang : List.of("ar", "en")) {
        page.navigate(url("/?lang=" + lang));
        List<String> years = years(page);
        assertEquals(
            years,
            stopsInTheStripToTheFirstEvent(page, "no js " + lang).stream()
                .sorted((x, y) -> Integer.compare(Integer.parseInt(x), Integer.parseInt(y)))
                .toList(),
            "no js " + lang + ": every year a stop");
        assertEquals(
            0L,
            ((Number)
                    page.evaluate("() => document.querySelectorAll('svg.strip [tabindex]').length"))
                .longValue());
      }
    }
  }
}
