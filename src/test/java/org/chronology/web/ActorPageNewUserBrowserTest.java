package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rough edges of the actor page a new user met (issue #12), at 1366 and 390 px, in Arabic and
 * English, axe-core at zero serious violations: the office written in Arabic on the English page.
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
}
