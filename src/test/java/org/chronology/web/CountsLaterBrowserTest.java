package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronology.db.Sql;
import org.chronology.event.ManyEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A large text search answers first with its first page and says it is counting; htmx then swaps in
 * the page with its counts (the year strip, the type and actor counts, the axis). The reader may
 * already be reading the first event: it must not move when the counts arrive, on a desktop or a
 * phone screen, in Arabic or English, under the site's Content-Security-Policy (nothing blocked,
 * nothing in the console). Positions are compared, never durations.
 */
@QuarkusTest
class CountsLaterBrowserTest extends UiBrowserTest {

  /** Words of every test event's search text; the last one is searched for. */
  private static final String PREFIX = "حدث لاختبار ثبات القائمة رقم ";

  private static final String WORD = "ثبات";

  /** More matches than a page shows, over several years: the counts come after the page. */
  private static final int COUNT = 60;

  private long actorId = -1;

  @BeforeAll
  void insertMatches() {
    actorId =
        Sql.call(
            em -> {
              long actor = ManyEvents.newActor(em, "organization", "هيئة اختبار ثبات القائمة");
              ManyEvents.insertSeries(
                  em,
                  "type, title, status, date_start, date_end, date_precision, search_text",
                  "(array['visit','meeting','deal','statement'])[1 + g % 4], ?1 || g,"
                      + " 'happened', date '2001-01-01' + g * 90, date '2001-01-01' + g * 90,"
                      + " 'day', ?1 || g",
                  PREFIX,
                  COUNT,
                  actor);
              return actor;
            });
  }

  @AfterAll
  void removeMatches() {
    ManyEvents.removeByTitle(PREFIX, actorId < 0 ? List.of() : List.of(actorId));
  }

  /**
   * Where the first event card is in the document (not the viewport), with whether the counts had
   * arrived, recorded at DOMContentLoaded before htmx is loaded (js/filters.js adds it after the
   * load event) and then read again.
   */
  static final String FIRST_CARD =
      "() => { const c = document.querySelector('#results article.event');"
          + " const r = c.getBoundingClientRect();"
          + " return { top: r.top + scrollY, left: r.left + scrollX, width: r.width,"
          + " id: c.getAttribute('aria-labelledby'),"
          + " counting: !!document.querySelector('.counts-later') }; }";

  @Test
  void theFirstEventDoesNotMoveWhenTheCountsArrive() {
    List<String> failures = new ArrayList<>();
    for (int[] s : ReaderUiBrowserTest.SCREENS) {
      for (String lang : List.of("ar", "en")) {
        // Under the site's policy: the htmx swap is what a reader's browser runs.
        try (PolicyContext c = watched(s[0], s[1], true)) {
          Page page = c.newPage();
          // A loaded machine can take long; the timeouts only bound the waits.
          page.setDefaultNavigationTimeout(180_000);
          page.setDefaultTimeout(180_000);
          // Before any script of the page's has run: the page as its first response laid it out.
          page.addInitScript(
              "document.addEventListener('DOMContentLoaded', () => {"
                  + " window.__before = ("
                  + FIRST_CARD
                  + ")(); });");
          page.navigate(url("/?lang=" + lang + "&q=" + WORD));
          @SuppressWarnings("unchecked")
          Map<String, Object> before = (Map<String, Object>) page.evaluate("window.__before");
          assertTrue((Boolean) before.get("counting"), "the first response is still counting");
          page.waitForFunction(
              "() => !document.querySelector('.counts-later')"
                  + " && document.querySelector('svg.strip') !== null");
          @SuppressWarnings("unchecked")
          Map<String, Object> after = (Map<String, Object>) page.evaluate(FIRST_CARD);
          assertEquals(before.get("id"), after.get("id"), "the same first event");
          String where = s[0] + "px " + lang;
          for (String k : List.of("top", "left", "width")) {
            double b = ((Number) before.get(k)).doubleValue();
            double a = ((Number) after.get(k)).doubleValue();
            if (Math.abs(a - b) > 0.5) {
              failures.add(where + ": the first event's " + k + " moved from " + b + " to " + a);
            }
          }
          Chromium.shot(page, "counts-later-" + s[0] + "-" + lang + ".png", false);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("; ", failures));
  }
}
