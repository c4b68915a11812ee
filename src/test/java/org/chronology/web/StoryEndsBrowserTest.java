package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The story view's ends, in Arabic and English at 1366 and 390 px: there were no first and last
 * links (34 events were 33 presses of "Next"); {@code ?i=999} showed the last event but kept
 * "i=999" in the address to share; {@code ?i=0} was a 400 rather than the first event. Screenshots
 * under {@code target/screenshots/12-54-story-*}.
 */
@QuarkusTest
class StoryEndsBrowserTest extends UiBrowserTest {

  private static final List<String> LANGS = List.of("ar", "en");

  @Test
  void theStoryHasFirstAndLastAndItsAddressNamesTheStepShown() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    // The fixture's actor has two events: step 1 and step 2 are the ends.
    String base = "/story?actor=" + fixture.actorId();
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = c.newPage();
        for (String lang : LANGS) {
          boolean en = lang.equals("en");
          String of = en ? "Event 2 of 2" : "الحدث 2 من 2";
          page.navigate(url(base + "&lang=" + lang));
          assertThat(page.locator("#story-first")).hasCount(0);
          assertThat(page.locator("#story-last")).hasText(en ? "Last" : "الأخير");
          for (String v : axe(page, axeSource)) {
            failures.add(width + " " + lang + " story step 1: " + v);
          }
          Chromium.shot(page, "12-54-story-first-" + width + "-" + lang + ".png", false);
          leaving(page, () -> page.locator("#story-last").click());
          assertTrue(page.url().endsWith("i=2"), page.url());
          assertThat(page.locator(".story-steps .step-of")).hasText(of);
          assertThat(page.locator("#story-last")).hasCount(0);
          assertThat(page.locator("#story-first")).hasText(en ? "First" : "الأول");
          for (String v : axe(page, axeSource)) {
            failures.add(width + " " + lang + " story last step: " + v);
          }
          Chromium.shot(page, "12-54-story-last-" + width + "-" + lang + ".png", false);
          leaving(page, () -> page.locator("#story-first").click());
          assertTrue(page.url().endsWith("i=1"), page.url());

          // A step beyond the end: the last one, under its own address.
          assertEquals(200, page.navigate(url(base + "&i=999&lang=" + lang)).status());
          // (the address's language kept after it: LastWalkEdgesBrowserTest)
          assertTrue(
              page.url().endsWith("i=2&lang=" + lang),
              "the address names the step shown " + page.url());
          assertThat(page.locator(".story-steps .step-of")).hasText(of);
          // Step 0 (or below): the first, not a 400.
          for (String zero : new String[] {"0", "-3"}) {
            assertEquals(200, page.navigate(url(base + "&i=" + zero + "&lang=" + lang)).status());
            assertTrue(page.url().endsWith("i=1&lang=" + lang), zero + " " + page.url());
            assertThat(page.locator(".story-steps .step-of"))
                .hasText(en ? "Event 1 of 2" : "الحدث 1 من 2");
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
