package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.chronology.account.AccountService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * On a phone the header's rows do not depend on the signed-in user's name, nor on the web font:
 * HintsAndNativeFieldsBrowserTest measured a layout shift of 0.27 on the review queue at 390 px in
 * Arabic in a run of all the browser tests. Its random account name, with the sign-out link, left
 * the digits link a pixel either side of where it wrapped to a third row; on a first visit the web
 * font is named after the first paint (js/fonts.js), its few pixels on the Arabic labels moved the
 * digits link to the next row and the page 28 px down (MAIN [0,84,375,760] to [0,112,375,732]).
 */
@QuarkusTest
class HeaderRowsFontSwapBrowserTest extends UiBrowserTest {

  /** An account name that put the digits link at the wrap, with the page's former header rules. */
  private static final String AT_THE_WRAP = "paint49-f1ce0e41";

  /**
   * The header's height for many names of the account's form in the sign-out link, with the web
   * font named and not: their distinct values.
   */
  private static final String HEIGHTS =
      "() => { const b = document.querySelector('header.site nav.prefs bdi');"
          + " const root = document.documentElement; const seen = new Set();"
          + " const h = () => document.querySelector('header.site').getBoundingClientRect().height;"
          + " for (let i = 0; i < 400; i++) {"
          + "  b.textContent = 'paint49-' + Math.random().toString(16).slice(2, 10);"
          + "  root.classList.add('wf'); seen.add(h()); root.classList.remove('wf'); seen.add(h()); }"
          + " root.classList.add('wf'); return [...seen].map(String); }";

  @ParameterizedTest
  @CsvSource({"390, 844, ar", "390, 844, en", "600, 900, ar"})
  void theHeaderHasTheSameRowsWhateverTheNameAndFont(int width, int height, String lang) {
    try (PolicyContext c = watched(width, height, true)) {
      Page page = signedIn(c.context(), "rows75", false);
      page.navigate(url("/review?lang=" + lang));
      page.waitForLoadState();
      page.evaluate("() => document.fonts.ready");
      @SuppressWarnings("unchecked")
      List<String> heights = (List<String>) page.evaluate(HEIGHTS);
      assertEquals(1, heights.size(), () -> "header heights: " + heights);
    }
  }

  @ParameterizedTest
  @CsvSource({"390, 844, ar", "390, 844, en"})
  void aFirstVisitWithTheNameAtTheWrapDoesNotMove(int width, int height, String lang) {
    AccountService accounts = Arc.container().instance(AccountService.class).get();
    if (accounts.list().stream().noneMatch(a -> AT_THE_WRAP.equals(a.username))) {
      accounts.create(AT_THE_WRAP, "correct-horse-battery", false, "test");
    }
    try (PolicyContext c = watched(width, height, true)) {
      Page page = c.context().newPage();
      page.navigate(url("/login"));
      page.locator("#j_username").fill(AT_THE_WRAP);
      page.locator("#j_password").fill("correct-horse-battery");
      leaving(
          page, () -> page.locator("form[action='/j_security_check'] button[type=submit]").click());
      // As a first visit whose sign-in page was left before both faces were in: the web font is
      // named after this page's first paint.
      page.evaluate("() => sessionStorage.removeItem('chronology.wf')");
      page.navigate(url("/review?lang=" + lang));
      page.waitForLoadState();
      page.evaluate("() => document.fonts.ready.then(() => new Promise(r => setTimeout(r, 500)))");
      @SuppressWarnings("unchecked")
      Map<String, Object> shift =
          (Map<String, Object>) page.evaluate(LayoutShiftBrowserTest.SHIFTS_WITH_RECTS);
      assertTrue(
          ((Number) shift.get("sum")).doubleValue() <= 0.005,
          () -> "layout shift " + shift.get("sum") + " (what moved: " + shift.get("moved") + ")");
    }
  }
}
