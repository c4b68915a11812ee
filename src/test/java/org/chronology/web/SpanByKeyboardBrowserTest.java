package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A span chosen on the time axis with the keyboard alone (a month's pick, Enter, another month's,
 * Enter), in Arabic and English at 390 and 1366 px: the chronology then lists the span, and its
 * active filters' chips wrote the two ends as ISO dates ("From: 1987-03-01") where the date fields
 * beside them and every other date of the page say "1 March 1987". The story link keeps the span.
 * Under the site's policy, with axe-core and the other checks of {@link FirstVisit}. Screenshots
 * under {@code target/screenshots/12-59-span-*}.
 */
@QuarkusTest
class SpanByKeyboardBrowserTest extends UiBrowserTest {

  @Test
  void aSpanPickedByKeyboardIsWrittenAsDaysInItsChips() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    long actor = fixture.actorId();
    for (int width : new int[] {390, 1366}) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = c.newPage();
        List<String> console = consoleErrors(page);
        for (String lang : List.of("ar", "en")) {
          String where = width + " " + lang + " ";
          page.navigate(url("/?zoom=" + UiFixture.YEAR + "&actor=" + actor + "&lang=" + lang));
          // March, then July: the ticks are in time order whatever the direction
          Locator picks = page.locator("svg.time-axis a.ax-pick");
          picks.nth(2).focus();
          page.keyboard().press("Enter");
          page.waitForURL(Pattern.compile(".*pick=" + UiFixture.YEAR + "-03-01.*"));
          assertThat(page.locator(".axis-pick")).isVisible();
          page.locator("svg.time-axis a.ax-pick").nth(6).focus();
          page.keyboard().press("Enter");
          page.waitForURL(Pattern.compile(".*from=" + UiFixture.YEAR + "-03-01.*"));
          assertTrue(page.url().contains("to=" + UiFixture.YEAR + "-07-31"), page.url());
          assertThat(page.locator("#results article.event")).hasCount(1);

          // the chips say the days as the date fields' echoes do, not as ISO
          String from = page.locator("#f-from-day").innerText();
          String to = page.locator("#f-to-day").innerText();
          assertFalse(from.isBlank(), "the from field's echo");
          Locator chips = page.locator("ul.chips li");
          assertThat(chips.filter(new Locator.FilterOptions().setHasText(from))).hasCount(1);
          assertThat(chips.filter(new Locator.FilterOptions().setHasText(to))).hasCount(1);
          String all = chips.allInnerTexts().toString();
          assertFalse(
              Pattern.compile("\\d{4}-\\d\\d-\\d\\d|[٠-٩]{4}-[٠-٩]{2}").matcher(all).find(),
              where + "an ISO date in the chips: " + all);
          assertEquals(
              "/story?actor=" + actor + "&from=1987-03-01&to=1987-07-31",
              page.locator("a.story-link").getAttribute("href"),
              "the story keeps the span");
          failures.addAll(
              FirstVisit.problems(page, where + "span: ", width, lang, console, axeSource));
          console.clear();
          Chromium.shot(page, "12-59-span-" + width + "-" + lang + ".png", false);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
