package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chronology's filters with htmx when answers come late: the answer to an earlier search is
 * held back in the browser (its request kept unanswered) while the reader searches again, then let
 * go. Whatever order the answers come in, the list, the URL and the search field end as the
 * reader's last input: a second Enter replaces the first request; a year link followed meanwhile
 * does too; an answer that arrives while the reader is still typing leaves what they typed in the
 * field. At 1366 px in Arabic and 390 px in English, under the site's Content-Security-Policy.
 * Screenshots under {@code target/screenshots/12-46-sync-*}.
 */
@QuarkusTest
class FilterSyncBrowserTest extends UiBrowserTest {

  /** Only in the first event's title (TITLE_1). */
  private static final String FIRST = "باكو";

  /** Only in the second event's title (TITLE_2). */
  private static final String SECOND = "تصريح";

  @ParameterizedTest
  @CsvSource({"1366, 900, ar", "390, 844, en"})
  void theLastInputWinsWhateverOrderTheAnswersComeIn(int width, int height, String lang) {
    try (PolicyContext c = watched(width, height, true)) {
      Page page = c.newPage();
      page.setDefaultTimeout(60_000);
      // Every request that searches FIRST is held until the test lets it go (Enter sends the
      // field's change, then the form's submit: the second replaces the first).
      List<Route> held = new CopyOnWriteArrayList<>();
      page.route(u -> decoded(u).contains("q=" + FIRST), held::add);
      String start = "/?year=" + UiFixture.YEAR + "&lang=" + lang;

      // Enter twice: the first answer, let go after the second was shown, changes nothing.
      open(page, start);
      page.locator("#f-q").fill(FIRST);
      page.locator("#f-q").press("Enter");
      waitHeld(page, held);
      page.locator("#f-q").fill(SECOND);
      page.locator("#f-q").press("Enter");
      showsOnly(page, SECOND, UiFixture.TITLE_2);
      release(page, held);
      showsOnly(page, SECOND, UiFixture.TITLE_2);
      shot(page, "12-46-sync-enter-twice-" + width + "-" + lang + ".png");

      // A search, then a link in the year strip's foot before its answer came: the link wins.
      open(page, start);
      page.locator("#f-q").fill(FIRST);
      page.locator("#f-q").press("Enter");
      waitHeld(page, held);
      page.locator("nav.years .year-links a").first().click();
      page.waitForURL(u -> !decoded(u).contains("year=") && !decoded(u).contains("q="));
      release(page, held);
      assertTrue(
          !decoded(page.url()).contains("q="), "the held search did not land: " + page.url());
      assertEquals("", page.locator("#f-q").inputValue());

      // The answer comes while the reader is still typing the next search: what they typed stays,
      // and Enter sends it.
      open(page, start);
      page.locator("#f-q").fill(FIRST);
      page.locator("#f-q").press("Enter");
      waitHeld(page, held);
      page.locator("#f-q").fill("");
      page.locator("#f-q").pressSequentially(SECOND.substring(0, 3));
      release(page, held);
      assertThat(page.locator("#results article.event .title a"))
          .hasText(new String[] {UiFixture.TITLE_1});
      assertEquals(SECOND.substring(0, 3), page.locator("#f-q").inputValue());
      page.locator("#f-q").pressSequentially(SECOND.substring(3));
      page.locator("#f-q").press("Enter");
      showsOnly(page, SECOND, UiFixture.TITLE_2);
      shot(page, "12-46-sync-typing-" + width + "-" + lang + ".png");
    }
  }

  private void open(Page page, String path) {
    page.navigate(url(path));
    page.waitForFunction("() => typeof window.htmx === 'object'");
    assertThat(page.locator("#results article.event")).hasCount(2);
  }

  private static void waitHeld(Page page, List<Route> held) {
    page.waitForCondition(() -> !held.isEmpty());
    assertTrue(!held.isEmpty(), "the first search was sent");
    // Enter sent the field's change, then the form's submit, which replaces it: its request may
    // reach the route a little after the first, and the next input must come after both.
    page.waitForTimeout(300);
  }

  /**
   * Lets the held requests go (the browser may have aborted them) and gives their answers time: the
   * point is that an answer let go late changes nothing, so there is no state to wait for, only a
   * time in which a wrong answer would have landed.
   */
  private static void release(Page page, List<Route> held) {
    for (Route r : held) {
      try {
        r.resume();
      } catch (PlaywrightException aborted) {
        // replaced by a later request: nothing to answer
      }
    }
    held.clear();
    page.waitForTimeout(1_500);
  }

  private static void showsOnly(Page page, String q, String title) {
    page.waitForURL(u -> decoded(u).contains("q=" + q));
    assertThat(page.locator("#results article.event .title a")).hasText(new String[] {title});
    assertEquals(q, page.locator("#f-q").inputValue());
    assertTrue(decoded(page.url()).contains("q=" + q), page.url());
  }

  private static String decoded(String url) {
    return URLDecoder.decode(url, StandardCharsets.UTF_8);
  }
}
