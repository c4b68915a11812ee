package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitUntilState;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every main page paints its final layout at once: the chronology, a year, an event, an actor, the
 * story, an article, and the editors' review queue and upload form, at 1366 and 390 px (a phone:
 * touch), in Arabic and English, each as a first visit (a fresh context, nothing cached). The
 * page's scripts are held until its first contentful paint, as on a slow connection, so whatever
 * they change afterwards (a hint revealed, the web font named, htmx) counts; the measure is
 * Chromium's layout shift, summed over the whole load (stricter than the cumulative layout shift's
 * worst window), and must stay under 0.05. The story's keys or swipe hint must already be shown at
 * that first paint: js/axis.js revealed it, which moved the link below it (0.04 at 390 px in the
 * first-paint matrix). Screenshots under {@code target/screenshots/12-49b-shift-*}.
 */
@QuarkusTest
class LayoutShiftBrowserTest extends UiBrowserTest {

  /**
   * Summed layout shift and what moved (the first sources of each shift). Layout-shift entries are
   * not in the performance timeline's buffer: only an observer gets them (buffered: the past ones
   * too), and takeRecords() hands them over at once instead of waiting for the observer's callback
   * (which comes on its own time: half a second was waited for it on every page).
   */
  static final String SHIFTS =
      "() => { let sum = 0; const moved = []; const o = new PerformanceObserver(() => {});"
          + " o.observe({ type: 'layout-shift', buffered: true });"
          + " for (const e of o.takeRecords()) {"
          + "  if (e.hadRecentInput) continue; sum += e.value;"
          + "  moved.push(e.value.toFixed(4) + ' ' + (e.sources || []).slice(0, 3).map(s => s.node"
          + "   ? s.node.nodeName + (s.node.id ? '#' + s.node.id : '') + (s.node.className"
          + "   && typeof s.node.className === 'string' ? '.' + s.node.className.split(' ').join('.')"
          + "   : '') : '?').join(', ')); }"
          + " o.disconnect(); return { sum: sum, moved: moved.join(' | ') }; }";

  /**
   * {@link #SHIFTS}, each shift also with its time (ms since navigation, beside the first
   * contentful paint's and the load event's) and every source's rectangle before and after (x, y,
   * width, height in CSS px): how far and which way the named elements moved.
   */
  static final String SHIFTS_WITH_RECTS =
      "() => { let sum = 0; const moved = []; const o = new PerformanceObserver(() => {});"
          + " o.observe({ type: 'layout-shift', buffered: true });"
          + " const r = q => [q.x, q.y, q.width, q.height].map(Math.round).join(',');"
          + " for (const e of o.takeRecords()) {"
          + "  if (e.hadRecentInput) continue; sum += e.value;"
          + "  moved.push(e.value.toFixed(4) + ' at ' + Math.round(e.startTime) + ' ms: '"
          + "   + (e.sources || []).map(s => (s.node ? s.node.nodeName + (s.node.id ? '#'"
          + "   + s.node.id : '') : '?') + ' [' + r(s.previousRect) + ']->[' + r(s.currentRect)"
          + "   + ']').join(', ')); }"
          + " o.disconnect(); const fcp = performance.getEntriesByName('first-contentful-paint')[0];"
          + " const nav = performance.getEntriesByType('navigation')[0];"
          + " return { sum: sum, moved: moved.join(' | ') + ' (first contentful paint at '"
          + "  + (fcp ? Math.round(fcp.startTime) : '?') + ' ms, load at '"
          + "  + (nav ? Math.round(nav.loadEventStart) : '?') + ' ms, web font named: '"
          + "  + document.documentElement.classList.contains('wf') + ')' }; }";

  /**
   * The editor's cookies, from the class's one sign-in, in a context of its own: every measured
   * page still gets a fresh context, and the signed-in ones these cookies.
   */
  private List<Cookie> editor;

  @ParameterizedTest
  @CsvSource({"1366, 900, ar", "1366, 900, en", "390, 844, ar", "390, 844, en"})
  void everyMainPagePaintsItsFinalLayoutAtOnce(int width, int height, String lang) {
    boolean phone = width < 800;
    if (editor == null) {
      try (BrowserContext c = browser.newContext()) {
        signedIn(c, "shift49b", false);
        editor = c.cookies();
      }
    }
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "/");
    pages.put("year", "/?year=" + UiFixture.YEAR);
    pages.put("event", "/events/" + fixture.eventIds().get(0));
    pages.put("actor", "/actors/" + fixture.actorId());
    pages.put("story", "/story?year=" + UiFixture.YEAR + "&actor=" + fixture.actorId());
    pages.put("article", "/articles/" + fixture.articleId());
    pages.put("review", "/review");
    pages.put("upload", "/articles/new");
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> p : pages.entrySet()) {
      String path = p.getValue();
      boolean signedIn = path.startsWith("/review") || path.startsWith("/articles/new");
      try (BrowserContext ctx =
          browser.newContext(
              new Browser.NewContextOptions()
                  .setViewportSize(width, height)
                  .setIsMobile(phone)
                  .setHasTouch(phone))) {
        if (signedIn) {
          ctx.addCookies(editor);
        }
        Page page = ctx.newPage();
        InFlight inFlight = new InFlight(page);
        page.setDefaultTimeout(120_000);
        page.setDefaultNavigationTimeout(180_000);
        // Every script waits for the first contentful paint: what it changes then is a shift.
        List<Route> held = new ArrayList<>();
        boolean[] painted = {false};
        page.route(
            "**/*.js",
            r -> {
              if (painted[0]) {
                r.resume();
              } else {
                held.add(r);
              }
            });
        String url = url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        page.navigate(url, new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
        page.waitForFunction(
            "() => performance.getEntriesByType('paint')"
                + ".some(e => e.name === 'first-contentful-paint')");
        assertTrue(!page.url().contains("/login"), path + " is shown signed in");
        if (p.getKey().equals("story")) {
          // The hint that fits the screen is there at the first paint, before any script ran.
          assertThat(page.locator(phone ? ".story-hint.touch" : ".story-hint.keys")).isVisible();
          assertThat(page.locator(phone ? ".story-hint.keys" : ".story-hint.touch")).isHidden();
        }
        painted[0] = true;
        held.forEach(Route::resume);
        // The web font named (js/fonts.js), htmx loaded where a page asks for it, nothing left to
        // come.
        settled(page, inFlight);
        @SuppressWarnings("unchecked")
        Map<String, Object> shift = (Map<String, Object>) page.evaluate(SHIFTS);
        double sum = ((Number) shift.get("sum")).doubleValue();
        System.out.printf(
            "layout shift %s %d %s: %.4f %s%n", p.getKey(), width, lang, sum, shift.get("moved"));
        if (sum >= 0.05) {
          failures.add(p.getKey() + " " + String.format("%.4f", sum) + ": " + shift.get("moved"));
        }
        Chromium.shot(
            page, "12-49b-shift-" + p.getKey() + "-" + width + "-" + lang + ".png", false);
      }
    }
    assertTrue(
        failures.isEmpty(), "layout shift ≥ 0.05 at " + width + " px, " + lang + ": " + failures);
  }
}
