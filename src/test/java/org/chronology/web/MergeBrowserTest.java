package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.chronology.db.Sql;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two reports of one happening merged by an editor in the browser, and the merge taken back: signed
 * in, the second event's number typed into the first one's merge form; the chronology then shows
 * one event with both sentences as its evidence, the second event's page is gone and the history
 * says what happened, its evidence as quoted sentences with their article (never a mention's code);
 * restoring the state before the merge brings the second event back with its own sentence. Under
 * the site's Content-Security-Policy, at 1366 and 390 px, in Arabic and in English, with axe-core
 * on the editor's form and the history. Screenshots under {@code target/screenshots/12-20-merge-*}.
 */
@QuarkusTest
class MergeBrowserTest extends UiBrowserTest {

  private static final Pattern MENTION_CODE = Pattern.compile("#\\d+ \\d+@\\d+");

  @ParameterizedTest
  @CsvSource({"1366, 900, ar", "1366, 900, en", "390, 844, en", "390, 844, ar"})
  void anEditorMergesTwoEventsAndTakesTheMergeBack(int width, int height, String lang)
      throws java.io.IOException {
    // Each run merges and restores: the event brought back has a new number, so a fresh fixture.
    fixture.close();
    fixture = UiFixture.create();
    boolean en = lang.equals("en");
    long kept = fixture.eventIds().get(0);
    long merged = fixture.eventIds().get(1);
    String year = "/?year=" + UiFixture.YEAR + "&actor=" + fixture.actorId();
    String size = "-" + width + "-" + lang + ".png";
    try (PolicyContext c = watched(width, height, true)) {
      Page page = editor(c.context(), "merge");
      page.setDefaultTimeout(120_000);
      page.setDefaultNavigationTimeout(120_000);
      page.navigate(url(year + "&lang=" + lang));
      assertThat(page.locator("#results article.event")).hasCount(2);

      page.navigate(url("/events/" + kept + "/edit"));
      page.locator("details.structure summary").click();
      page.locator("#other").fill(String.valueOf(merged));
      page.locator("details.structure input[name=reason]").fill("the same visit");
      fits(page, "the edit form with its merge box open");
      assertEquals(List.of(), axe(page, axeSource()), "axe on the edit form");
      page.locator("details.structure button[type=submit]").click();
      page.waitForURL(u -> u.endsWith("/events/" + kept + "/history"));
      Locator merge =
          page.locator("article.revision")
              .filter(hasText(en ? "Merged another in" : "دمج حدث آخر فيه"));
      assertThat(merge).hasCount(1);
      assertThat(merge.locator(".reason"))
          .containsText(
              en
                  ? "Event " + merged + " was merged into this one"
                  : "دُمج فيه الحدث رقم " + merged);
      assertThat(merge.locator(".reason a")).hasAttribute("href", "/events/" + merged + "/history");
      // The evidence it took in: a quoted sentence with its article, not "#301 51@0".
      Locator added = merge.locator("td.after ins .evidence");
      assertThat(added).hasCount(1);
      assertThat(added.locator("q")).containsText(fixture.trigger());
      assertThat(added.locator("cite a")).hasAttribute("href", "/articles/" + fixture.articleId());
      String history = page.locator("section.history").innerText();
      assertTrue(!MENTION_CODE.matcher(history).find(), "no mention codes: " + history);
      fits(page, "the history");
      assertEquals(List.of(), axe(page, axeSource()), "axe on the history");
      shot(page, "12-20-merge-history" + size);

      // One event on the chronology, its evidence both sentences; the other number is gone.
      page.navigate(url(year));
      assertThat(page.locator("#results article.event")).hasCount(1);
      assertThat(page.locator("#results article.event .title a"))
          .hasAttribute("href", "/events/" + kept);
      page.navigate(url("/events/" + kept));
      assertThat(page.locator("blockquote[cite]")).hasCount(2);
      shot(page, "12-20-merge-event" + size);
      Response gone = page.navigate(url("/events/" + merged));
      assertEquals(404, gone.status(), "the merged event's own page is gone");
      page.navigate(url("/events/" + merged + "/history"));
      assertThat(
              page.locator("article.revision")
                  .filter(hasText(en ? "Merged into another" : "دُمج في غيره")))
          .hasCount(1);

      // Back to before the merge: two events again, each with its own sentence.
      page.navigate(url("/events/" + kept + "/history"));
      page.locator("article.revision")
          .filter(hasText(en ? "Merged another in" : "دمج حدث آخر فيه"))
          .locator("button[value=before]")
          .click();
      page.waitForURL(u -> u.endsWith("/events/" + kept + "/history"));
      assertThat(
              page.locator("article.revision")
                  .filter(
                      hasText(en ? "Restored the state before a revision" : "استعادة ما قبل نسخة")))
          .hasCount(1);
      fits(page, "the history after the restore");
      shot(page, "12-20-merge-reverted-history" + size);
      page.navigate(url(year));
      assertThat(page.locator("#results article.event")).hasCount(2);
      List<String> titles = page.locator("#results article.event .title a").allTextContents();
      assertTrue(
          titles.contains(UiFixture.TITLE_1) && titles.contains(UiFixture.TITLE_2),
          "both events are back: " + titles);
      shot(page, "12-20-merge-reverted-chronology" + size);
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

  /** Nothing of the page runs past the screen's width. */
  private static void fits(Page page, String what) {
    Number wide = (Number) page.evaluate("document.documentElement.scrollWidth");
    Number screen = (Number) page.evaluate("window.innerWidth");
    assertTrue(
        wide.intValue() <= screen.intValue(), what + " scrolls sideways: " + wide + " > " + screen);
  }

  private static Locator.FilterOptions hasText(String text) {
    return new Locator.FilterOptions().setHasText(text);
  }
}
