package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.chronology.db.Sql;
import org.junit.jupiter.api.Test;

/**
 * Two reports of one happening merged by an editor in the browser, and the merge taken back: signed
 * in, the second event's number typed into the first one's merge form; the chronology then shows
 * one event with both sentences as its evidence, the second event's page is gone and the history
 * says what happened; restoring the state before the merge brings the second event back with its
 * own sentence. Under the site's Content-Security-Policy, in English then Arabic. Screenshots under
 * {@code target/screenshots/12-20-merge-*}.
 */
@QuarkusTest
class MergeBrowserTest extends UiBrowserTest {

  @Test
  void anEditorMergesTwoEventsAndTakesTheMergeBack() {
    long kept = fixture.eventIds().get(0);
    long merged = fixture.eventIds().get(1);
    String year = "/?year=" + UiFixture.YEAR + "&actor=" + fixture.actorId();
    try (PolicyContext c = watched(1366, 900, true)) {
      Page page = signedIn(c.context(), "merge", false);
      page.setDefaultTimeout(120_000);
      page.setDefaultNavigationTimeout(120_000);
      page.navigate(url(year + "&lang=en"));
      assertThat(page.locator("#results article.event")).hasCount(2);

      page.navigate(url("/events/" + kept + "/edit"));
      page.locator("details.structure summary").click();
      page.locator("#other").fill(String.valueOf(merged));
      page.locator("details.structure input[name=reason]").fill("the same visit");
      page.locator("details.structure button[type=submit]").click();
      page.waitForURL(u -> u.endsWith("/events/" + kept + "/history"));
      Locator merge = page.locator("article.revision").filter(hasText("Merged another in"));
      assertThat(merge).hasCount(1);
      assertThat(merge).containsText("#" + merged);
      shot(page, "12-20-merge-history-1366-en.png");

      // One event on the chronology, its evidence both sentences; the other number is gone.
      page.navigate(url(year));
      assertThat(page.locator("#results article.event")).hasCount(1);
      assertThat(page.locator("#results article.event .title a"))
          .hasAttribute("href", "/events/" + kept);
      page.navigate(url("/events/" + kept));
      assertThat(page.locator("blockquote[cite]")).hasCount(2);
      shot(page, "12-20-merge-event-1366-en.png");
      Response gone = page.navigate(url("/events/" + merged));
      assertEquals(404, gone.status(), "the merged event's own page is gone");
      page.navigate(url("/events/" + merged + "/history"));
      assertThat(page.locator("article.revision").filter(hasText("Merged into another")))
          .hasCount(1);

      // Back to before the merge: two events again, each with its own sentence.
      page.navigate(url("/events/" + kept + "/history?lang=ar"));
      page.locator("article.revision")
          .filter(hasText("دمج حدث آخر فيه"))
          .locator("button[value=before]")
          .click();
      page.waitForURL(u -> u.endsWith("/events/" + kept + "/history"));
      assertThat(page.locator("article.revision").filter(hasText("استعادة ما قبل نسخة")))
          .hasCount(1);
      shot(page, "12-20-merge-reverted-history-1366-ar.png");
      page.navigate(url(year));
      assertThat(page.locator("#results article.event")).hasCount(2);
      List<String> titles = page.locator("#results article.event .title a").allTextContents();
      assertTrue(
          titles.contains(UiFixture.TITLE_1) && titles.contains(UiFixture.TITLE_2),
          "both events are back: " + titles);
      shot(page, "12-20-merge-reverted-chronology-1366-ar.png");
      Locator back =
          page.locator("#results article.event .title a").filter(hasText(UiFixture.TITLE_2));
      back.click();
      page.waitForURL(u -> u.matches(".*/events/\\d+$"));
      assertThat(page.locator("blockquote[cite]")).hasCount(1);
      assertThat(page.locator("h1")).containsText(UiFixture.TITLE_2);
    } finally {
      // The event brought back has a number of its own, which the fixture does not know.
      Sql.update("delete from event where title = ?1", UiFixture.TITLE_2);
    }
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }
}
