package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A keyboard walk of the review queue at 390 px: an editor who ticked an event and pressed Enter
 * confirmed the queue's first event, ticked or not, since the form's first submit button (the one
 * implicit submission presses) was the first row's Confirm. The selected events' button now comes
 * first, above the list; in Arabic and English, with no serious axe-core finding.
 */
@QuarkusTest
class ReviewEnterBrowserTest extends UiBrowserTest {

  private static String review(long id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    Panache.getEntityManager()
                        .createNativeQuery("select review from event where id = ?1")
                        .setParameter(1, id)
                        .getSingleResult());
  }

  @Test
  void enterOnATickedBoxConfirmsTheTickedEventNotTheFirst() throws java.io.IOException {
    String axeSource = axeSource();
    java.util.List<String> failures = new java.util.ArrayList<>();
    for (String lang : java.util.List.of("ar", "en")) {
      try (BrowserContext c = underPolicy(390, 844)) {
        Page page = signedIn(c, "enter56", false);
        page.navigate(url("/review?lang=" + lang));
        failures.addAll(axe(page, axeSource));
        long first =
            Long.parseLong(
                page.locator(".review-queue tr[data-id]").nth(0).getAttribute("data-id"));
        long second =
            Long.parseLong(
                page.locator(".review-queue tr[data-id]").nth(1).getAttribute("data-id"));
        page.locator(".review-queue tr[data-id]").nth(1).locator("input[type=checkbox]").focus();
        page.keyboard().press("Space");
        page.keyboard().press("Enter");
        page.waitForLoadState();
        page.waitForURL(java.util.regex.Pattern.compile(".*done=.*"));
        assertEquals("extracted", review(first), lang + ": the first, not ticked, stays");
        assertEquals("confirmed", review(second), lang + ": the ticked one is confirmed");
        Chromium.shot(page, "12-56-review-enter-390-" + lang + ".png", false);
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
