package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The review queue in English on a phone (and a laptop) named each event's actors in Arabic
 * ("Meeting · date unknown · إسرائيل · أذربيجان") where the chronology, the event and the story say
 * "Israel", "Azerbaijan": now the English name where there is one, in its language, as everywhere
 * else; the Arabic queue is unchanged. Under the site's policy, axe-core finding nothing serious.
 * Screenshots under {@code target/screenshots/12-68-review-*}.
 */
@QuarkusTest
class ReviewQueueNamesBrowserTest extends UiBrowserTest {

  @Test
  void theEnglishQueueNamesTheActorsInEnglish() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (int width : new int[] {390, 1366}) {
      try (BrowserContext c = underPolicy(width, 844)) {
        Page page = signedIn(c, "queue-names", false);
        for (String lang : List.of("en", "ar")) {
          boolean en = lang.equals("en");
          String where = width + " " + lang + ": ";
          page.navigate(url("/review?actor=" + fixture.actorId() + "&lang=" + lang));
          Locator names = page.locator(".review-queue tr[data-id] td small bdi");
          assertTrue(names.count() >= 2, where + "the fixture's events name their actor");
          for (int i = 0; i < names.count(); i++) {
            assertEquals(en ? UiFixture.NAME_EN : UiFixture.NAME, names.nth(i).innerText());
            assertEquals(en ? "en" : "ar", names.nth(i).getAttribute("lang"), where);
          }
          checked(page, axeSource, failures, where, "12-68-review-" + width + "-" + lang + ".png");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
