package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A keyboard walk at 390 px: on the chronology and a year's page the search box sits below the year
 * strip, a link per year (one Tab each: 24 Tabs to the search box with the test data, dozens with
 * the corpus). A skip link near the top, shown on focus, now leads to it; in Arabic and English,
 * with and without JavaScript, with no serious axe-core finding. Screenshots under {@code
 * target/screenshots/12-56-skip-search-*}.
 */
@QuarkusTest
class SearchSkipLinkBrowserTest extends UiBrowserTest {

  private static boolean focused(Page page, String id) {
    return (Boolean)
        page.evaluate("id => document.activeElement && document.activeElement.id === id", id);
  }

  @Test
  void theSearchBoxIsASkipLinkAway() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (boolean js : new boolean[] {true, false}) {
      try (BrowserContext c = underPolicy(390, 844, js)) {
        Page page = c.newPage();
        for (String lang : List.of("ar", "en")) {
          boolean en = lang.equals("en");
          for (String path :
              List.of("/?lang=" + lang, "/?year=" + UiFixture.YEAR + "&lang=" + lang)) {
            String where = (js ? "js " : "no js ") + path;
            page.navigate(url(path));
            // Among the first Tabs, after "skip to content" (and "skip to the time axis").
            int tabs = 0;
            while (tabs < 4 && !focused(page, "skip-search")) {
              page.keyboard().press("Tab");
              tabs++;
            }
            Locator skip = page.locator("#skip-search");
            assertThat(skip).isFocused();
            assertThat(skip).hasText(en ? "Skip to the search" : "انتقل إلى البحث");
            var box = skip.boundingBox();
            assertTrue(
                box != null && box.x >= 0 && box.x + box.width <= 390 && box.y >= 0,
                where + ": the focused skip link is on the screen");
            if (js) {
              for (String v : axe(page, axeSource)) {
                failures.add(where + " skip link focused: " + v);
              }
              Chromium.shot(page, "12-56-skip-search-390-" + lang + ".png", false);
            }
            page.keyboard().press("Enter");
            assertTrue(focused(page, "f-q"), where + ": Enter puts the focus in the search box");
            // Typed and sent from there.
            page.keyboard().type("زيارة");
            page.keyboard().press("Enter");
            page.waitForURL(java.util.regex.Pattern.compile(".*q=.*"));
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
