package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSRF page for an expired token, as opposed to a missing one ({@link
 * UnwalkedPathsBrowserTest}): an editor's form left open while the session changed (signed in again
 * in another tab, or the old session gone) still carries its token, but not the one of the session
 * the browser now holds, so the app's CSRF checks refuse it. The page is headed "The form has
 * expired", keeps what was typed and offers to send the form again, which then saves it; at 390 px
 * in Arabic and English, with no serious axe-core finding. Screenshots under {@code
 * target/screenshots/12-56-csrf-expired-*}.
 */
@QuarkusTest
class CsrfExpiredBrowserTest extends UiBrowserTest {

  @Test
  void anExpiredTokenSaysTheFormExpiredKeepsTheInputAndOffersItAgain() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    long event = fixture.eventIds().get(0);
    for (String lang : List.of("ar", "en")) {
      boolean en = lang.equals("en");
      try (BrowserContext c = underPolicy(390, 844)) {
        Page page = signedIn(c, "csrf56", false);
        page.navigate(url("/events/" + event + "/edit?lang=" + lang));
        String token = page.locator("#edit-form input[name=csrf-token]").first().inputValue();
        assertTrue(!token.isBlank(), "the form carries a token");
        String typed = "csrf56 " + lang;
        page.locator("#reason").fill(typed);
        // Meanwhile the session changed: the browser holds another session and its token; the
        // open form still has the old one (not missing: expired).
        // The reader's own choices (language, digits) stay as they were.
        List<com.microsoft.playwright.options.Cookie> before = c.cookies();
        c.clearCookies();
        signedIn(c, "csrf56-again", false).close();
        List<String> now = c.cookies().stream().map(k -> k.name).toList();
        c.addCookies(before.stream().filter(k -> !now.contains(k.name)).toList());
        page.locator("#edit-form button[type=submit]").last().click();
        page.waitForLoadState();
        assertThat(page.locator("#csrf-title"))
            .hasText(en ? "The form has expired" : "انتهت صلاحية النموذج");
        assertThat(page.locator("#csrf-title + p"))
            .containsText(en ? "older than your session" : "أقدم من جلستك");
        assertThat(page.locator("#csrf-resend")).isVisible();
        assertThat(page.locator("#csrf-resend"))
            .hasText(en ? "Send the form again" : "أرسل النموذج مرة أخرى");
        assertEquals(
            typed,
            page.locator("form:has(#csrf-resend) input[type=hidden][name=reason]").inputValue());
        assertTrue(page.locator("dl.typed").innerText().contains(typed), "what was typed is shown");
        assertTrue(
            !token.equals(
                page.locator("form:has(#csrf-resend) input[name=csrf-token]").inputValue()),
            "the form offered again carries the session's own token, not the expired one");
        for (String v : axe(page, axeSource)) {
          failures.add(lang + " expired CSRF page: " + v);
        }
        Chromium.shot(page, "12-56-csrf-expired-390-" + lang + ".png", true);
        // Sent again with the keyboard, it is saved.
        page.locator("#csrf-resend").focus();
        page.keyboard().press("Enter");
        page.waitForURL(java.util.regex.Pattern.compile(".*/edit\\?saved=1"));
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
