package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.chronology.account.AccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The editors' review queue, and the other lists in tables (the articles, the rejected files, the
 * accounts), keep their layout when their first paint comes before the whole page is in. Under load
 * Chromium may paint what it has parsed so far (PartialFirstPaintShiftBrowserTest, the same for `/`
 * and a year's page), and a table laid out by its content re-lays its columns as more rows come.
 * HintsAndNativeFieldsBrowserTest once measured a layout shift of 0.27 on the queue at 390 px in
 * Arabic on a busy machine. Here the first paint is made to come at a cut in the page (a
 * parser-blocking script put there, held until the first contentful paint): for the queue in the
 * header, in the filters, before the table, after its first row and after five rows; for the other
 * lists before the table and after one and five rows (where there are that many). The page is then
 * left to finish (its scripts, the web font named) and the layout shift summed over the whole load
 * must stay at most 0.005, at 1366 px and 390 px, in Arabic and English; the queue also as the next
 * page of a session (js/fonts.js names the web font as soon as it runs).
 *
 * <p>Every cut of the queue is tried in each configuration; of the queue as a session's next page
 * and of each other list, one cut drawn at random per configuration (the seed is printed; {@code
 * -DpaintSeed=N} repeats a run, {@code -DpaintAll=true} tries them all): all 19 cuts in all four
 * configurations took 90 s of the suite, and the runs together still try every one.
 */
@QuarkusTest
class ReviewQueuePartialPaintBrowserTest extends UiBrowserTest {

  /** Where the first paint stops: a page, and per cut the marker and which of its occurrences. */
  private static final Map<String, Map<String, Object[]>> CUTS = new LinkedHashMap<>();

  static {
    Map<String, Object[]> review = new LinkedHashMap<>();
    review.put("in the header", new Object[] {"<nav class=\"prefs\"", 1});
    review.put("in the filters", new Object[] {"<button type=\"submit\">", 1});
    review.put("before the table", new Object[] {"<div class=\"table-scroll\"", 1});
    review.put("after one row", new Object[] {"<tr data-id=", 2});
    review.put("after five rows", new Object[] {"<tr data-id=", 6});
    CUTS.put("/review", review);
    for (String[] list :
        new String[][] {
          {"/articles", "<tr><td><a href=\"/articles/"},
          {"/articles/rejected", "<tr>\n        <td dir=\"auto\">"},
          {"/admin/users", "<tr><td><bdi dir=\"ltr\">"}
        }) {
      Map<String, Object[]> cuts = new LinkedHashMap<>();
      cuts.put("before the table", new Object[] {"<table", 1});
      cuts.put("after one row", new Object[] {list[1], 2});
      cuts.put("after five rows", new Object[] {list[1], 6});
      CUTS.put(list[0], cuts);
    }
  }

  private Chromium withScrollbars;

  @BeforeAll
  void startWithScrollbars() {
    withScrollbars = Chromium.shared(true);
    // Accounts whose names differ in length, so that the accounts' table has rows to lay out
    // after the cut, and a name below the first longer than those above it.
    AccountService accounts = Arc.container().instance(AccountService.class).get();
    String tag = UUID.randomUUID().toString().substring(0, 6);
    for (String name :
        List.of("a", "bb", "paint74-list-account-name-of-some-length", "c", "dd", "e", "ff")) {
      accounts.create("p74" + tag + "-" + name, "correct-horse-battery", false, "test");
    }
  }

  @AfterAll
  void stopWithScrollbars() {
    if (withScrollbars != null) {
      withScrollbars.closeContexts();
    }
  }

  @ParameterizedTest
  @CsvSource({"1366, 900, ar", "1366, 900, en", "390, 844, ar", "390, 844, en"})
  void aFirstPaintOfPartOfAListMovesNothingWhenTheRestComes(int width, int height, String lang) {
    List<Cookie> admin;
    try (BrowserContext c = browser.newContext()) {
      signedIn(c, "paint74", true);
      admin = c.cookies();
    }
    long seed = Long.getLong("paintSeed", System.nanoTime());
    Random random = new Random(seed);
    System.out.printf("list partial paint %d %s: seed %d%n", width, lang, seed);
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object[]>> list : CUTS.entrySet()) {
      String path = list.getKey();
      for (boolean session : new boolean[] {false, true}) {
        if (session && !path.equals("/review")) {
          continue;
        }
        List<Map.Entry<String, Object[]>> cuts = new ArrayList<>(list.getValue().entrySet());
        if ((session || !path.equals("/review")) && !Boolean.getBoolean("paintAll")) {
          cuts = List.of(cuts.get(random.nextInt(cuts.size())));
        }
        for (Map.Entry<String, Object[]> cut : cuts) {
          String url = url(path + "?lang=" + lang);
          try (HeldFirstPaint held =
              HeldFirstPaint.open(
                  withScrollbars.browser(),
                  width,
                  height,
                  ctx -> {
                    ctx.addCookies(admin);
                    if (session) {
                      // An earlier page of the session had the fonts in: js/fonts.js names them at
                      // once.
                      ctx.addInitScript(
                          "try { sessionStorage.setItem('chronology.wf', '1'); } catch (e) {}");
                    }
                  },
                  url,
                  (String) cut.getValue()[0],
                  (Integer) cut.getValue()[1])) {
            Page page = held.page();
            // A list of fewer rows than the cut has no such cut (the rejected files of a fresh test
            // database): the queue and every table have the others.
            assertTrue(
                held.cutIn() || cut.getKey().contains("row") && !path.equals("/review"),
                path + " has a cut " + cut.getKey());
            if (!held.cutIn()) {
              System.out.printf("list partial paint %s: no cut %s%n", path, cut.getKey());
              continue;
            }
            assertTrue(!page.url().contains("/login"), path + " is shown signed in");
            Number rowsFirst =
                (Number)
                    page.evaluate(
                        "() => document.querySelectorAll('.review-queue tr[data-id]').length");
            held.release();
            page.evaluate("() => new Promise(r => setTimeout(r, 300))");
            @SuppressWarnings("unchecked")
            Map<String, Object> shift =
                (Map<String, Object>) page.evaluate(LayoutShiftBrowserTest.SHIFTS);
            double sum = ((Number) shift.get("sum")).doubleValue();
            String where = path + (session ? " session" : "") + " cut " + cut.getKey();
            System.out.printf(
                "list partial paint %s %d %s: %s rows at first paint; shift %.4f %s%n",
                where, width, lang, rowsFirst, sum, shift.get("moved"));
            if (sum > 0.005) {
              failures.add(where + " " + String.format("%.4f", sum) + ": " + shift.get("moved"));
            }
          }
        }
      }
    }
    assertTrue(
        failures.isEmpty(),
        "layout shift > 0.005 on a list after a partial first paint at "
            + width
            + " px, "
            + lang
            + " (seed "
            + seed
            + "): "
            + failures);
  }
}
