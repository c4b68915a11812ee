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
 * A first visit to every public page, as a new reader would make it: on a laptop (1366 px) and a
 * phone (390 px), in Arabic and English (the laptop under the site's Content-Security-Policy).
 * Nothing in the console, no serious axe-core violation, nothing wider than the screen, no text cut
 * off in a box too narrow for it, and no link that spells {@code lang=} once the language is chosen
 * (the cookie keeps it; the language switch alone names it).
 */
@QuarkusTest
class NewReaderPassBrowserTest extends UiBrowserTest {

  private static final String CLIPPED =
      "() => [...document.querySelectorAll('body *')].filter(e => { const s = getComputedStyle(e);"
          + " return (s.overflowX === 'hidden' || s.overflowX === 'clip' || s.textOverflow === 'ellipsis')"
          + " && e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0"
          + " && !e.matches('.sr-only, .sr-only *, input, textarea, select'); }).slice(0, 3)"
          + ".map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''))";

  private static final String LANG_LINKS =
      "() => [...document.querySelectorAll('a[href*=\"lang=\"]')]"
          + ".filter(a => !a.closest('nav.prefs, .lang-switch, [hreflang]') && !a.hasAttribute('hreflang'))"
          + ".slice(0, 3).map(a => a.getAttribute('href'))";

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
            "/story?actor=" + fixture.actorId(),
            "/compare?a=" + fixture.actorId() + "&b=" + other,
            "/events/999999999");
    List<String> failures = new ArrayList<>();
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c =
          browser.newContext(
              // axe-core is injected on the phone pass, which needs the policy bypassed; the
              // laptop pass keeps the site's policy, so its console shows what the policy blocks
              new Browser.NewContextOptions()
                  .setViewportSize(width, 900)
                  .setBypassCSP(width == 390))) {
        Page page = c.newPage();
        List<String> console = new ArrayList<>();
        page.onConsoleMessage(
            m -> {
              if (m.type().equals("error") && !m.text().contains("404")) {
                console.add(m.text());
              }
            });
        page.onPageError(console::add);
        for (String lang : List.of("ar", "en")) {
          page.navigate(url("/?lang=" + lang));
          for (String p : pages) {
            String where = width + " " + lang + " " + p + ": ";
            console.clear();
            page.navigate(url(p));
            page.waitForLoadState();
            int w = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
            if (w > width) {
              failures.add(where + "the page is " + w + " px wide");
            }
            String htmlLang = page.getAttribute("html", "lang");
            if (!lang.equals(htmlLang)) {
              failures.add(where + "the page is in " + htmlLang);
            }
            for (Object clipped : (List<?>) page.evaluate(CLIPPED)) {
              failures.add(where + "text cut off in " + clipped);
            }
            for (Object href : (List<?>) page.evaluate(LANG_LINKS)) {
              failures.add(where + "a link spells the language: " + href);
            }
            console.forEach(m -> failures.add(where + "console: " + m));
            // axe once per page and language (its rules do not depend on the width here)
            if (width == 390) {
              for (String v : axe(page, axeSource)) {
                failures.add(where + v);
              }
            }
          }
          page.navigate(url("/"));
          shot(page, "12-17-chronology-" + width + "-" + lang + ".png");
          page.navigate(url("/events/" + event));
          shot(page, "12-18-event-" + width + "-" + lang + ".png");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
