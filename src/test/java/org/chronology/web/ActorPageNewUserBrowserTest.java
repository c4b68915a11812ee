package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rough edges of the actor page a new user met (issue #12), at 1366 and 390 px, in Arabic and
 * English, axe-core at zero serious violations: the office written in Arabic on the English page,
 * and the year strip opening on the oldest years on a phone with the newest out of sight (the
 * chronology's js/filters.js brought the year into view, and the actor page does not load it).
 */
@QuarkusTest
class ActorPageNewUserBrowserTest extends UiBrowserTest {

  private static final int[] WIDTHS = {1366, 390};

  private void setOffice(long actorId, String office) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery("update actor set office = ?1 where id = ?2")
                    .setParameter(1, office)
                    .setParameter(2, actorId)
                    .executeUpdate());
  }

  @Test
  void theOfficeIsWrittenInTheLanguageOfThePage() throws Exception {
    String axeSource = axeSource();
    long actor = fixture.actorId();
    // A common office (in lang/ar/offices-en.tsv) and one the file does not know.
    Map<String, String> offices =
        Map.of("وزير الخارجية", "Minister of Foreign Affairs", "وزير اختبار", "");
    try {
      for (int width : WIDTHS) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = c.newPage();
          for (String lang : List.of("ar", "en")) {
            boolean en = lang.equals("en");
            for (var office : offices.entrySet()) {
              String where = width + " " + lang + " " + office.getKey();
              setOffice(actor, office.getKey());
              page.navigate(url("/actors/" + actor + "?lang=" + lang));
              page.waitForLoadState();
              Locator row =
                  page.locator("dl.facts dt:has-text('" + (en ? "Office" : "المنصب") + "')");
              if (!en) {
                assertEquals(office.getKey(), row.locator("+ dd").innerText().strip(), where);
              } else if (office.getValue().isEmpty()) {
                // Nothing rather than an Arabic line in the English page.
                assertEquals(0, row.count(), where + ": no office row");
              } else {
                Locator dd = row.locator("+ dd");
                assertEquals(office.getValue(), dd.innerText().strip(), where);
                assertEquals("en", dd.getAttribute("lang"), where);
              }
              String facts = page.locator("dl.facts").innerText();
              if (en) {
                // The names (and aliases) stay as written; the office is not left in Arabic.
                assertFalse(
                    facts.contains(office.getKey()),
                    where + ": no Arabic office in the English facts: " + facts);
              }
              assertEquals(List.of(), axe(page, axeSource), where);
              shot(
                  page,
                  "12-60-actor-office-"
                      + width
                      + "-"
                      + lang
                      + (office.getValue().isEmpty() ? "-unknown" : "-known")
                      + ".png");
            }
          }
        }
      }
    } finally {
      setOffice(actor, "وزير اختبار");
    }
  }

  /** Events of the fixture's actor in these years, beside the fixture's own: a strip to scroll. */
  private List<Long> eventsIn(long actorId, int... years) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              EntityManager em = Panache.getEntityManager();
              List<Long> ids = new ArrayList<>();
              for (int y : years) {
                long id =
                    ((Number)
                            em.createNativeQuery(
                                    "insert into event (type, title, status, confidence,"
                                        + " date_start, date_end, date_precision, date_text,"
                                        + " search_text) values ('statement', ?1, 'happened', 0.9,"
                                        + " cast(?2 as date), cast(?2 as date), 'day', 'يومها',"
                                        + " ?1) returning id")
                                .setParameter(1, "حدث اختبار السنوات " + y)
                                .setParameter(2, y + "-03-04")
                                .getSingleResult())
                        .longValue();
                em.createNativeQuery(
                        "insert into event_actor (event_id, actor_id, role, position)"
                            + " values (?1, ?2, 'speaker', 0)")
                    .setParameter(1, id)
                    .setParameter(2, actorId)
                    .executeUpdate();
                ids.add(id);
              }
              return ids;
            });
  }

  private void delete(List<Long> events) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              EntityManager em = Panache.getEntityManager();
              em.createNativeQuery("delete from event_actor where event_id in (?1)")
                  .setParameter(1, events)
                  .executeUpdate();
              em.createNativeQuery("delete from event where id in (?1)")
                  .setParameter(1, events)
                  .executeUpdate();
            });
  }

  /** How far the bar of the year lies outside the strip's visible part, in pixels (0: in view). */
  private static double outOfView(Page page, int year) {
    return ((Number)
            page.evaluate(
                "y => { const wrap = document.querySelector('nav.years .strip-wrap');"
                    + " const bar = wrap.querySelector('a.bar[data-year=\"' + y + '\"] rect.hit');"
                    + " const w = wrap.getBoundingClientRect(), b = bar.getBoundingClientRect();"
                    + " return Math.max(0, w.left - b.left) + Math.max(0, b.right - w.right); }",
                year))
        .doubleValue();
  }

  @Test
  void theYearStripOpensOnTheNewestYear() throws Exception {
    String axeSource = axeSource();
    long actor = fixture.actorId();
    int newest = UiFixture.YEAR + 33;
    List<Long> added = eventsIn(actor, UiFixture.YEAR + 10, UiFixture.YEAR + 20, newest);
    try {
      for (int width : WIDTHS) {
        try (BrowserContext c = underPolicy(width, width > 400 ? 900 : 844)) {
          Page page = c.newPage();
          for (String lang : List.of("ar", "en")) {
            String where = width + " " + lang;
            page.navigate(url("/actors/" + actor + "?lang=" + lang));
            page.waitForLoadState();
            page.waitForFunction("() => window.chronologyAxis === true");
            boolean scrolls =
                (Boolean)
                    page.evaluate(
                        "() => { const w = document.querySelector('nav.years .strip-wrap');"
                            + " return w.scrollWidth > w.clientWidth; }");
            assertEquals(width < 400, scrolls, where + ": the strip scrolls on a phone only");
            // after the frame that paints first, where the strip is brought to the year
            page.waitForFunction(
                "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() =>"
                    + " r(true))))");
            assertEquals(0.0, outOfView(page, newest), 1.0, where + ": the newest year in view");
            assertEquals(
                0.0,
                ((Number) page.evaluate("() => window.scrollX")).doubleValue(),
                where + ": only the strip moves, not the page");
            assertEquals(List.of(), axe(page, axeSource), where);
            shot(page, "12-61-actor-strip-newest-" + width + "-" + lang + ".png");
          }
        }
      }
    } finally {
      delete(added);
    }
  }
}
