package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.chronology.account.AccountService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The header's rows do not depend on the signed-in user's name, nor on the web font, at any width:
 * HintsAndNativeFieldsBrowserTest measured a layout shift of 0.27 on the review queue at 390 px in
 * Arabic in a run of all the browser tests. Its random account name, with the sign-out link, left
 * the digits link a pixel either side of where it wrapped to a third row; on a first visit the web
 * font is named after the first paint (js/fonts.js), its few pixels on the Arabic labels moved the
 * digits link to the next row and the page 28 px down (MAIN [0,84,375,760] to [0,112,375,732]).
 * Above 600 px a long name wrapped the header to another row the same way, and an administrator's
 * extra link left 14 px spare on the first row at 390 px in Arabic.
 */
@QuarkusTest
class HeaderRowsFontSwapBrowserTest extends UiBrowserTest {

  /** An account name that put the digits link at the wrap, with the page's former header rules. */
  private static final String AT_THE_WRAP = "paint49-f1ce0e41";

  /**
   * The widths either side of the layout's rules (25.5, 31, 37.5 and 64 rem) and the common
   * screens: each with many names. Between them every 80 px from 320 to 1920, each with fewer. The
   * names are random in every run, so the runs together cover far more than one does.
   */
  private static final List<Integer> NAMED_WIDTHS =
      List.of(
          320, 360, 390, 407, 408, 414, 480, 495, 496, 600, 601, 768, 800, 1023, 1024, 1280, 1366,
          1440, 1920);

  /**
   * The header's height for {@code n} names in the sign-out link, with the web font named and not
   * (each name in both), and their distinct values. The names are those allowed (3 to 40 of {@code
   * [A-Za-z0-9._-]}), of random lengths, the widest and narrowest, and half of the test accounts'
   * form; the page's own name is put back at the end.
   */
  private static final String HEIGHTS =
      "n => { const b = document.querySelector('header.site nav.prefs bdi');"
          + " const own = b.textContent; const root = document.documentElement;"
          + " const wf = root.classList.contains('wf'); const seen = new Set();"
          + " const h = () => document.querySelector('header.site').getBoundingClientRect().height;"
          + " const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-';"
          + " const any = () => { let s = ''; const len = 3 + Math.floor(Math.random() * 38);"
          + "  for (let i = 0; i < len; i++) s += abc[Math.floor(Math.random() * abc.length)];"
          + "  return s; };"
          + " const names = ['abc', 'iii', 'W'.repeat(40), 'm'.repeat(40), '"
          + AT_THE_WRAP
          + "'];"
          + " for (let i = 0; i < n; i++) names.push(i % 2"
          + "  ? 'paint49-' + Math.random().toString(16).slice(2, 10) : any());"
          + " for (const font of [true, false]) { root.classList.toggle('wf', font);"
          + "  for (const name of names) { b.textContent = name; seen.add(h()); } }"
          + " root.classList.toggle('wf', wf); b.textContent = own; return [...seen].map(String); }";

  /**
   * With the widest name allowed: what goes wrong in the header. The page wider than the screen,
   * two of the header's links overlapping, the sign-out link narrower than its words and a few
   * letters of the name.
   */
  private static final String WIDEST =
      "() => { const b = document.querySelector('header.site nav.prefs bdi'); const own = b.textContent;"
          + " b.textContent = 'W'.repeat(40); const out = [];"
          + " if (document.documentElement.scrollWidth > innerWidth) out.push('the page is '"
          + "  + document.documentElement.scrollWidth + ' px wide');"
          + " const links = [...document.querySelectorAll('header.site a:not(.skip)')];"
          + " const r = links.map(a => a.getBoundingClientRect());"
          + " for (let i = 0; i < r.length; i++) { if (r[i].right > innerWidth || r[i].left < 0)"
          + "  out.push(links[i].textContent.trim() + ' outside the screen');"
          + "  for (let j = i + 1; j < r.length; j++)"
          + "   if (r[i].left < r[j].right - 1 && r[j].left < r[i].right - 1"
          + "    && r[i].top < r[j].bottom - 1 && r[j].top < r[i].bottom - 1)"
          + "    out.push(links[i].textContent.trim() + ' over ' + links[j].textContent.trim()); }"
          + " const account = document.querySelector('header.site li.account a');"
          + " const words = document.createElement('span'); words.textContent = account.firstChild.textContent"
          + "  + 'WWWWWW)'; words.style.whiteSpace = 'pre'; account.after(words);"
          + " const least = words.getBoundingClientRect().width; words.remove();"
          + " if (account.getBoundingClientRect().width < least) out.push('the sign-out link is '"
          + "  + Math.round(account.getBoundingClientRect().width) + ' px wide, less than '"
          + "  + Math.round(least));"
          + " b.textContent = own; return out; }";

  /** A long name of the allowed form, for the screenshots. */
  private static final String LONG = "editor.with-a-rather-long-name.2026";

  /** Puts a name in the sign-out link (none: leaves it), returns the one it had. */
  private static final String NAME =
      "n => { const b = document.querySelector('header.site nav.prefs bdi'); const own = b.textContent;"
          + " if (n) b.textContent = n; return own; }";

  /** The widths photographed (with the Arabic-Indic digits), each checked with both digits. */
  private static final List<Integer> SHOT_WIDTHS = List.of(390, 768, 1366);

  /**
   * The seed of a run's draw of digits for each width ({@link
   * #theHeaderHasTheSameRowsWhateverTheNameAndFont}): {@code -Dheader.rows.seed=N} repeats a run's,
   * which it prints.
   */
  private static final long SEED = Long.getLong("header.rows.seed", System.nanoTime());

  /**
   * Every width is checked with the Arabic-Indic digits or the Western ones (whose links differ in
   * the header), drawn anew in every run from a seed it prints, as the names are: each run then
   * lays out half the pages (the layouts were most of this test's time, 48 s), and the runs
   * together meet every width with both. The photographed widths always have both.
   */
  @ParameterizedTest
  @CsvSource({"ar, false", "en, false", "ar, true", "en, true"})
  void theHeaderHasTheSameRowsWhateverTheNameAndFont(String lang, boolean admin) {
    List<Integer> all = new ArrayList<>(NAMED_WIDTHS);
    IntStream.iterate(320, w -> w <= 1920, w -> w + 80)
        .filter(w -> !NAMED_WIDTHS.contains(w))
        .forEach(all::add);
    long seed = SEED ^ (lang.hashCode() * 31L + (admin ? 1 : 0));
    System.out.printf(
        "header rows %s %s: digits drawn with -Dheader.rows.seed=%d%n",
        lang, admin ? "admin" : "editor", SEED);
    Random draw = new Random(seed);
    Map<String, List<Integer>> byDigits =
        Map.of("arab", new ArrayList<>(), "latn", new ArrayList<>());
    for (int width : all) {
      if (SHOT_WIDTHS.contains(width)) {
        byDigits.get("arab").add(width);
        byDigits.get("latn").add(width);
      } else {
        byDigits.get(draw.nextBoolean() ? "arab" : "latn").add(width);
      }
    }
    List<String> failures = new ArrayList<>();
    try (PolicyContext c = watched(1366, 900, true)) {
      Page page = signedIn(c.context(), admin ? "rows76a" : "rows76", admin);
      for (String digits : List.of("arab", "latn")) {
        List<Integer> widths = byDigits.get(digits);
        System.out.printf("header rows %s %s %s: widths %s%n", lang, admin, digits, widths);
        page.navigate(url("/review?lang=" + lang + "&digits=" + digits));
        page.waitForLoadState();
        page.evaluate("() => document.fonts.ready");
        assertEquals(
            admin,
            page.locator("header.site nav.sections a[href='/admin/users']").count() == 1,
            "the administrator's link");
        for (int width : widths) {
          page.setViewportSize(width, 900);
          @SuppressWarnings("unchecked")
          List<String> heights =
              (List<String>) page.evaluate(HEIGHTS, NAMED_WIDTHS.contains(width) ? 150 : 30);
          String where = width + " px " + lang + " " + digits + (admin ? " admin" : " editor");
          if (NAMED_WIDTHS.contains(width)) {
            System.out.printf("header rows %s: heights %s%n", where, heights);
          }
          if (digits.equals("arab") && SHOT_WIDTHS.contains(width)) {
            for (String name : List.of("own", "long")) {
              String own = (String) page.evaluate(NAME, name.equals("own") ? null : LONG);
              page.screenshot(
                  new Page.ScreenshotOptions()
                      .setPath(
                          Chromium.SHOTS.resolve(
                              "header-"
                                  + width
                                  + "-"
                                  + lang
                                  + (admin ? "-admin-" : "-editor-")
                                  + name
                                  + ".png"))
                      .setClip(0, 0, width, 200));
              page.evaluate(NAME, own);
            }
          }
          if (heights.size() != 1) {
            failures.add(where + ": header heights " + heights);
          }
          @SuppressWarnings("unchecked")
          List<String> wrong = (List<String>) page.evaluate(WIDEST);
          wrong.forEach(w -> failures.add(where + ": " + w));
        }
      }
    }
    assertEquals(List.of(), failures, "the header's rows whatever the name and the web font");
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
