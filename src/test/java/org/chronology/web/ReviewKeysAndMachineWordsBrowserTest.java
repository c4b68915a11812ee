package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.chronology.revision.RevisionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rough edges an editor hit in the review queue and the history, at 1366 and 390 px in Arabic and
 * English: the queue's keys acted on the first row whatever had the focus (a ticked or focused row
 * was not the one rejected), fired while typing in the year field (a number field: "c" confirmed,
 * "e" opened an editor), and j/k moved only a highlight, never the focus; after a click the notice
 * read "Done: rejected-123". The history said a re-extraction's reason in English on the Arabic
 * page ("extractor v49: fields no editor set") under the user name "extractor".
 */
@QuarkusTest
class ReviewKeysAndMachineWordsBrowserTest extends UiBrowserTest {

  @AfterEach
  void backToTheQueue() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery("update event set review = 'extracted' where id in (?1)")
                    .setParameter(1, fixture.eventIds())
                    .executeUpdate());
  }

  @ParameterizedTest
  @CsvSource({"1366, 900, ar", "1366, 900, en", "390, 844, en", "390, 844, ar"})
  void theKeysActOnTheFocusedRowAndNeverWhileTyping(int width, int height, String lang) {
    boolean en = lang.equals("en");
    try (PolicyContext c = watched(width, height, true)) {
      Page page = signedIn(c.context(), "keys50", false);
      String queue = url("/review?actor=" + fixture.actorId() + "&lang=" + lang);
      page.navigate(queue);
      Locator rows = page.locator(".review-queue tr[data-id]");
      assertEquals(2, rows.count(), "the fixture's two events wait for review");
      String first = rows.nth(0).getAttribute("data-id");
      String second = rows.nth(1).getAttribute("data-id");

      // Letters typed in the year (a number field) are the field's: nothing confirmed or opened.
      page.evaluate("() => { window.stayed = true; }");
      Locator year = page.locator("form.filters input[name=year]");
      year.focus();
      for (String key : List.of("c", "e", "r", "j")) {
        page.keyboard().press(key);
      }
      // The point of the test: nothing happens, so nothing to wait for; a time in which a key
      // acting on the queue would have left the page.
      page.waitForTimeout(600);
      assertEquals(Boolean.TRUE, page.evaluate("() => window.stayed"), "still the same page");
      assertEquals(queue, page.url());
      assertEquals(2, rows.count());
      assertThat(rows.nth(0)).hasClass(java.util.regex.Pattern.compile("\\bcurrent\\b"));

      // j moves the focus itself to the next row, which says it is the current one.
      page.locator("h1#review-h").click();
      page.keyboard().press("j");
      assertEquals(
          second,
          page.evaluate(
              "() => document.activeElement.closest('tr[data-id]')?.getAttribute('data-id')"),
          "the focus is on the second row");
      assertThat(rows.nth(1)).hasAttribute("aria-current", "true");
      page.keyboard().press("k");
      assertThat(rows.nth(0)).hasAttribute("aria-current", "true");
      Chromium.shot(page, "12-50-review-keys-" + width + "-" + lang + ".png", false);

      // A key acts on the row that has the focus: Tab (or a click) into the second row, then r.
      rows.nth(1).locator("input[type=checkbox]").focus();
      assertThat(rows.nth(1)).hasAttribute("aria-current", "true");
      page.keyboard().press("r");
      page.waitForURL(u -> u.contains("done="));
      assertTrue(page.url().contains("done=rejected-" + second), page.url());
      Locator notice = page.locator("p.notice[role=status]");
      assertThat(notice)
          .containsText(en ? "Event " + second + " rejected." : "رُفض الحدث رقم " + second + ".");
      assertFalse(notice.innerText().contains("rejected-"), "no code in the notice");
      assertThat(notice.locator("a")).hasAttribute("href", "/events/" + second + "/history");
      assertThat(page.locator(".review-queue tr[data-id='" + first + "']")).hasCount(1);
      assertThat(page.locator(".review-queue tr[data-id='" + second + "']")).hasCount(0);
      Chromium.shot(page, "12-50-review-rejected-" + width + "-" + lang + ".png", false);

      // The ticked events confirmed: how many, in words.
      rows.nth(0).locator("input[type=checkbox]").check();
      page.locator("#review-form button:not([data-action])").last().click();
      page.waitForURL(u -> u.contains("done=selected-1"));
      assertThat(notice).hasText(en ? "1 event confirmed." : "أُكّد حدث واحد.");
    }
  }

  @Test
  void aReextractionReadsInThePagesLanguage() {
    long event = fixture.eventIds().get(0);
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Arc.container()
                    .instance(RevisionService.class)
                    .get()
                    .record(
                        "event",
                        event,
                        "reextract",
                        "extractor",
                        RevisionService.reextractReason("49"),
                        null,
                        null));
    for (int width : new int[] {1366, 390}) {
      try (PolicyContext c = watched(width, 900, true)) {
        Page page = c.newPage();
        for (String lang : List.of("ar", "en")) {
          page.navigate(url("/events/" + event + "/history?lang=" + lang));
          Locator entry =
              page.locator("article.revision")
                  .filter(
                      new Locator.FilterOptions()
                          .setHasText(
                              lang.equals("en")
                                  ? "Re-extracted by the machine"
                                  : "إعادة الاستخراج الآلي"))
                  .first();
          String text = entry.innerText();
          assertFalse(text.contains("fields no editor set"), "no stored English: " + text);
          if (lang.equals("en")) {
            assertThat(entry.locator(".reason"))
                .hasText("Extractor version 49: only what no editor set was changed");
            assertTrue(text.contains("Re-extracted by the machine · Extractor ·"), text);
          } else {
            assertThat(entry.locator(".reason"))
                .hasText("المستخرج الآلي، الإصدار 49: غيّر ما لم يحدده محرر فقط");
            assertFalse(text.matches("(?s).*[A-Za-z].*"), "no Latin letters: " + text);
          }
          Chromium.shot(page, "12-50-history-reextract-" + width + "-" + lang + ".png", false);
        }
      }
    }
  }
}
