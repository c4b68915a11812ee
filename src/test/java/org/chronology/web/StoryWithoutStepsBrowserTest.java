package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A story with nothing to step through, in Arabic and English at 1366 and 390 px: filters that
 * match no event, or a single one, used to say under it "The ← and → keys step through the events"
 * (or, on a touch screen, to swipe), with no event or no other event to step to; the hint is there
 * only when a previous or next link is. Under the site's policy, with axe-core and the other checks
 * of {@link FirstVisit}. Screenshots under {@code target/screenshots/12-57-story-*}.
 */
@QuarkusTest
class StoryWithoutStepsBrowserTest extends UiBrowserTest {

  @Test
  void theStepHintIsShownOnlyWhenThereIsAStepToTake() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    long actor = fixture.actorId();
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = c.newPage();
        List<String> console = consoleErrors(page);
        for (String lang : List.of("ar", "en")) {
          boolean en = lang.equals("en");
          String where = width + " " + lang + " ";
          // no event in 1900
          page.navigate(url("/story?actor=" + actor + "&year=1900&lang=" + lang));
          assertThat(page.locator(".story p.empty"))
              .hasText(en ? "No events match these filters." : "لا أحداث تطابق هذه التصفيات.");
          assertThat(page.locator(".story .story-hint")).hasCount(0);
          // the way back keeps the filters, to change them there
          assertThat(page.locator(".story a[href^='/?']"))
              .hasAttribute("href", "/?actor=" + actor + "&year=1900");
          failures.addAll(
              FirstVisit.problems(page, where + "no event: ", width, lang, console, axeSource));
          console.clear();
          Chromium.shot(page, "12-57-story-empty-" + width + "-" + lang + ".png", false);

          // one event (the actor's only visit): nothing before or after it
          page.navigate(url("/story?actor=" + actor + "&type=visit"));
          assertThat(page.locator(".story-steps .step-of"))
              .hasText(en ? "Event 1 of 1" : "الحدث 1 من 1");
          assertThat(page.locator(".story-steps a")).hasCount(0);
          assertThat(page.locator(".story .story-hint")).hasCount(0);
          failures.addAll(
              FirstVisit.problems(page, where + "one event: ", width, lang, console, axeSource));
          console.clear();
          Chromium.shot(page, "12-57-story-one-" + width + "-" + lang + ".png", false);

          // two events: the hint is there, for the step there is
          page.navigate(url("/story?actor=" + actor));
          assertThat(page.locator(".story-steps a[rel=next]")).hasCount(1);
          assertThat(page.locator(".story .story-hint.keys"))
              .hasText(
                  en
                      ? "The ← and → keys step through the events."
                      : page.locator(".story .story-hint.keys").innerText());
          assertThat(page.locator(".story .story-hint.keys")).isVisible();
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
