package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.Sidecar;
import org.junit.jupiter.api.Test;

/**
 * The editors' pages on a 390 px phone, in Arabic and English: nothing wider than the screen (the
 * event editor's fieldsets and the article editor's title field used to push the page to 540–570
 * px, the quality table to 800), a wide table scrolling in its own focusable region, and no serious
 * axe-core violation (the article editor's scrolling text was not reachable by keyboard); under the
 * site's Content-Security-Policy, with the other checks of {@link FirstVisit}. Screenshots under
 * {@code target/screenshots/}.
 */
@QuarkusTest
class EditorPagesPhoneBrowserTest extends UiBrowserTest {

  @Test
  void editorPagesFitAPhoneAndPassAxe() throws Exception {
    String axeSource = axeSource();
    long event = fixture.eventIds().get(0);
    // a rejected file whose row is wider than a phone, so its table has to scroll in its region
    String rejected = "phone-rejected-" + UUID.randomUUID() + "-" + "x".repeat(40) + ".txt";
    byte[] binary = new byte[64];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i % 7 == 0 ? 0 : 0x80 + i);
    }
    Arc.container()
        .instance(ArticleIngestService.class)
        .get()
        .ingest(rejected, binary, Sidecar.EMPTY);
    List<String> pages =
        List.of(
            "/events/" + event + "/edit",
            "/articles/" + fixture.articleId() + "/edit",
            "/actors/" + fixture.actorId() + "/edit",
            "/review",
            "/quality",
            "/articles/rejected",
            "/articles/new");
    List<String> failures = new ArrayList<>();
    try (BrowserContext c = underPolicy(390, 844)) {
      Page page = signedIn(c, "phone", true);
      List<String> console = consoleErrors(page);
      for (String lang : List.of("ar", "en")) {
        for (String p : pages) {
          console.clear();
          page.navigate(url(p + "?lang=" + lang));
          page.waitForLoadState();
          failures.addAll(
              FirstVisit.problems(page, lang + " " + p + ": ", 390, lang, console, axeSource));
        }
        page.navigate(url("/events/" + event + "/edit?lang=" + lang));
        shot(page, "12-14-event-editor-390-" + lang + ".png");
        page.navigate(url("/quality?lang=" + lang));
        shot(page, "12-15-quality-390-" + lang + ".png");
      }
    }
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Panache.getEntityManager()
                    .createNativeQuery("delete from ingest_rejection where source = ?1")
                    .setParameter(1, rejected)
                    .executeUpdate());
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * The review queue on a 390 px phone is a list of cards, one per event, nothing to scroll
   * sideways, in Arabic and English; no serious axe-core violation.
   */
  @Test
  void theReviewQueueIsCardsOnAPhone() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    try (BrowserContext c = underPolicy(390, 844)) {
      Page page = signedIn(c, "queue", false);
      List<String> console = consoleErrors(page);
      for (String lang : List.of("ar", "en")) {
        page.navigate(url("/review?lang=" + lang));
        int rows = page.locator(".review-queue tr[data-id]").count();
        if (rows == 0) {
          failures.add(lang + ": the queue lists no event to check");
        }
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        if (width > 390) {
          failures.add(lang + ": the page is " + width + " px wide at 390 px");
        }
        Object layout =
            page.evaluate(
                "() => { const r = document.querySelector('.review-queue tr[data-id]');"
                    + " const box = document.querySelector('.review .table-scroll');"
                    + " const card = r.getBoundingClientRect();"
                    + " return [getComputedStyle(r).display, box.scrollWidth - box.clientWidth,"
                    + " card.right <= 390 && card.left >= 0]; }");
        List<?> l = (List<?>) layout;
        if (!"grid".equals(l.get(0))) {
          failures.add(lang + ": an event is shown as " + l.get(0) + ", not as a card");
        }
        if (((Number) l.get(1)).intValue() > 0) {
          failures.add(lang + ": the queue scrolls sideways by " + l.get(1) + " px");
        }
        if (!Boolean.TRUE.equals(l.get(2))) {
          failures.add(lang + ": a card runs past the screen");
        }
        failures.addAll(
            FirstVisit.problems(page, lang + " /review: ", 390, lang, console, axeSource));
        console.clear();
        // the first screen of cards, as a phone shows it
        Chromium.shot(page, "12-16-review-queue-390-" + lang + ".png", false);
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
