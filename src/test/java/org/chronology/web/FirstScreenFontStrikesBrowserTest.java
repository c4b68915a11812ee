package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #12: the browser's work before the first paint of `/` and the year page. Until the web
 * fonts arrive, each distinct size and weight of text on the first screen is a font instance (a
 * strike) that Chromium asks the browser process for, with a blocking call, before it lays that
 * text out (traced at 1M events: 8–10 such calls before the first paint of these pages, each
 * waiting for the browser process under load; docs/benchmarks.md). SVG text counts at its own font
 * size: with the site's {@code text-rendering: geometricPrecision} Chromium draws it from the font
 * at that size and scales the outlines (a strip label at .9rem shares the small text's strike,
 * traced).
 *
 * <p>In Debian's Chromium at 1366 × 900 and 390 × 844, in Arabic and English, the first screen of
 * these pages keeps to three (size, weight) pairs: .9 rem regular, 1 rem bold, 1.3 rem bold. On
 * `main` it had six on `/` (1.6, 1.3, 1.08 rem bold, 1 and .9 rem regular, the strip's labels at 15
 * px) and seven on the year page (the chosen year's label in bold).
 */
@QuarkusTest
class FirstScreenFontStrikesBrowserTest extends UiBrowserTest {

  static final int MAX_STRIKES = 3;

  /**
   * The first screen's text as "size weight style family (tag.class)", one entry per (size, weight,
   * style, family), with the first element that has it: every text node with a box in the viewport
   * (not in a title, an option or .sr-only), and the visible form controls (their values and
   * placeholders are text too).
   */
  static final String STRIKES =
      "() => { const out = new Map(); const inView = r => r.width > 0 && r.height > 0"
          + " && r.top < innerHeight && r.bottom > 0 && r.left < innerWidth && r.right > 0;"
          + " const add = el => { const cs = getComputedStyle(el); if (cs.visibility === 'hidden')"
          + " return; const key = parseFloat(cs.fontSize).toFixed(2) + 'px '"
          + " + (+cs.fontWeight >= 600 ? 'bold' : 'regular') + ' ' + cs.fontStyle + ' '"
          + " + cs.fontFamily; if (!out.has(key)) out.set(key, el.tagName.toLowerCase()"
          + " + (el.getAttribute('class') ? '.' + el.getAttribute('class').split(' ')[0] : '')); };"
          + " const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
          + " for (let n; (n = walk.nextNode()); ) { if (!n.textContent.trim()) continue;"
          + " const el = n.parentElement; if (el.closest('.sr-only, title, option, datalist,"
          + " script, style, noscript, template')) continue; const range = document.createRange();"
          + " range.selectNodeContents(n); if ([...range.getClientRects()].some(inView)) add(el); }"
          + " for (const el of document.querySelectorAll('input:not([type=hidden]), select,"
          + " button')) if (inView(el.getBoundingClientRect())) add(el);"
          + " return [...out].map(([k, v]) => k + ' (' + v + ')').sort(); }";

  /**
   * Whether the page named the web font before its first paint: js/fonts.js does at once on a later
   * page of the session (the faces then cached), else only after the first paint, when both faces
   * are in, which can be before or after the load event the test gets back from navigating.
   */
  static final String NAMED_AT_START =
      "try { window.__wfAtStart = !!sessionStorage.getItem('chronology.wf'); }"
          + " catch (e) { window.__wfAtStart = false; }";

  /**
   * {@link #STRIKES} with the web font named or not as it was at the first paint, whatever
   * js/fonts.js has done since; the page is left as it was.
   */
  static final String AT_FIRST_PAINT =
      "() => { const root = document.documentElement, had = root.classList.contains('wf');"
          + " root.classList.toggle('wf', !!window.__wfAtStart);"
          + " try { return ("
          + STRIKES
          + ")(); } finally { root.classList.toggle('wf', had); } }";

  @Test
  void theChronologysFirstScreenAsksForThreeFontStrikesAtMost() {
    List<String> failures = new ArrayList<>();
    for (int[] s : ReaderUiBrowserTest.SCREENS) {
      for (String lang : List.of("ar", "en")) {
        try (BrowserContext c =
            browser.newContext(new Browser.NewContextOptions().setViewportSize(s[0], s[1]))) {
          c.addInitScript(NAMED_AT_START);
          Page page = c.newPage();
          for (String path :
              List.of("/?lang=" + lang, "/?lang=" + lang + "&year=" + UiFixture.YEAR)) {
            page.navigate(url(path));
            @SuppressWarnings("unchecked")
            List<String> strikes = (List<String>) page.evaluate(AT_FIRST_PAINT);
            if (strikes.size() > MAX_STRIKES) {
              failures.add(s[0] + "px " + path + ": " + strikes.size() + " " + strikes);
            }
          }
        }
      }
    }
    assertTrue(
        failures.isEmpty(),
        "more than " + MAX_STRIKES + " font strikes on the first screen: " + failures);
  }
}
