package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An editor on a phone (and a laptop) adds an actor to an event by name, changes the title and
 * undoes that, then presses "Restore the state after this revision" on the revision that added the
 * actor: that state is the event's already, and the history used to gain a revision "Restored a
 * revision · to revision 1" over an empty diff at each press. Now nothing is recorded and the page
 * says so, in Arabic and English at 390 and 1366 px; restoring the state before the edit still
 * works and is recorded. Under the site's policy, with axe-core and the other checks of {@link
 * FirstVisit}. Screenshots under {@code target/screenshots/12-58-restore-*}.
 */
@QuarkusTest
class RestoreUnchangedBrowserTest extends UiBrowserTest {

  @Test
  void restoringTheStateTheEventIsInRecordsNothingAndSaysSo() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    long event = fixture.eventIds().get(1);
    String history = "/events/" + event + "/history";
    for (int width : new int[] {390, 1366}) {
      try (BrowserContext c = underPolicy(width, 844)) {
        Page page = signedIn(c, "restore", false);
        List<String> console = consoleErrors(page);
        for (String lang : List.of("en", "ar")) {
          boolean en = lang.equals("en");
          String where = width + " " + lang + " ";
          // an actor added by name (Iran, from the gazetteer), as a participant
          page.navigate(url("/events/" + event + "/edit?lang=" + lang));
          page.locator("#addActor").fill("إيران");
          page.locator("#addRole").selectOption("participant");
          page.locator("#addActor").press("Enter");
          page.waitForURL(Pattern.compile(".*saved=1.*"));
          assertThat(page.locator("select[id^=role-]")).hasCount(2);

          // Then the title changed and that change undone ("Restore the state before it"): the
          // revision adding Iran, third from the top, has the state the event is in as its after.
          // (The newest revision offers no restore of its after: WalkSixtyEightBrowserTest.)
          page.navigate(url("/events/" + event + "/edit?lang=" + lang));
          page.locator("#title").fill(page.locator("#title").inputValue() + " ·");
          page.locator("#edit-form button[type=submit]").first().click();
          page.waitForURL(Pattern.compile(".*saved=1.*"));
          page.navigate(url(history));
          leaving(
              page,
              () ->
                  page.locator("article.revision")
                      .first()
                      .locator("button[name=to][value=before]")
                      .click());
          int revisions = page.locator("article.revision").count();
          leaving(
              page,
              () ->
                  page.locator("article.revision")
                      .nth(2)
                      .locator("button[name=to][value=after]")
                      .click());
          assertThat(page.locator("article.revision")).hasCount(revisions);
          assertThat(page.locator(".history [role=alert]"))
              .hasText(
                  en
                      ? "The event is in that state already: nothing was changed and no revision"
                          + " was added."
                      : "الحدث على هذه الحالة الآن: لم يتغير شيء ولم تُسجَّل نسخة جديدة.");
          failures.addAll(
              FirstVisit.problems(page, where + "restore unchanged: ", width, lang, console, null));
          failures.addAll(UiBrowserTest.axe(page, axeSource).stream().map(v -> where + v).toList());
          console.clear();
          Chromium.shot(page, "12-58-restore-unchanged-" + width + "-" + lang + ".png", false);

          // the state before the edit: Iran is gone, and the history says it was restored
          leaving(
              page,
              () ->
                  page.locator("article.revision")
                      .nth(2)
                      .locator("button[name=to][value=before]")
                      .click());
          assertThat(page.locator("article.revision")).hasCount(revisions + 1);
          assertThat(page.locator(".history [role=alert]")).hasCount(0);
          page.navigate(url("/events/" + event));
          assertThat(page.locator("a:text-is('" + (en ? "Iran" : "إيران") + "')")).hasCount(0);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
