package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.chronology.db.Sql;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A merge or split that cannot be made brings the editor back to the event's edit page as they left
 * it, not to its history with the field empty: the number they typed stays in the merge field, the
 * box stays open, and why nothing was merged stands beside the field (an unknown number, the event
 * itself); a split that another editor's change made impossible says so beside the sentence. Under
 * the site's Content-Security-Policy, at 1366 and 390 px, in Arabic and English. Screenshots under
 * {@code target/screenshots/12-48-merge-error-*} and {@code 12-48-split-error-*}.
 */
@QuarkusTest
class MergeSplitErrorBrowserTest extends UiBrowserTest {

  @ParameterizedTest
  @CsvSource({"1366, 900, ar", "1366, 900, en", "390, 844, en", "390, 844, ar"})
  void aFailedMergeOrSplitKeepsWhatWasTypedAndSaysWhyBesideIt(int width, int height, String lang)
      throws java.io.IOException {
    // Each run merges and splits: a fresh fixture.
    fixture.close();
    fixture = UiFixture.create();
    boolean en = lang.equals("en");
    long kept = fixture.eventIds().get(0);
    long other = fixture.eventIds().get(1);
    String size = "-" + width + "-" + lang + ".png";
    try (PolicyContext c = watched(width, height, true)) {
      Page page = editor(c.context(), "merge-error");
      page.setDefaultTimeout(120_000);
      page.navigate(url("/events/" + kept + "/edit?lang=" + lang));

      // A number that names no event.
      Response r = merge(page, "987654321", "the same visit");
      assertEquals(400, r.status());
      typedAndSaid(
          page,
          "987654321",
          en ? "There is no event number 987654321" : "لا يوجد حدث رقمه 987654321");
      assertThat(page.locator("#merge input[name=reason]")).hasValue("the same visit");
      assertEquals(List.of(), axe(page, axeSource()), "axe on the failed merge");
      shot(page, "12-48-merge-error-unknown" + size);

      // The event itself.
      r = merge(page, String.valueOf(kept), "");
      assertEquals(400, r.status());
      typedAndSaid(
          page,
          String.valueOf(kept),
          en ? "An event cannot be merged with itself" : "لا يمكن دمج الحدث مع نفسه");
      shot(page, "12-48-merge-error-self" + size);

      // The right number merges, as before: the history says so.
      merge(page, String.valueOf(other), "");
      page.waitForURL(u -> u.endsWith("/events/" + kept + "/history"));

      // Two tabs on the edit page of the merged event, two sentences each: the first tab splits
      // one off; the second then asks to split the other, now the event's only sentence.
      Page first = page;
      first.navigate(url("/events/" + kept + "/edit"));
      Page second = c.newPage();
      second.setDefaultTimeout(120_000);
      second.navigate(url("/events/" + kept + "/edit"));
      assertThat(second.locator("figure.evidence")).hasCount(2);
      first.locator("figure.evidence").nth(0).locator("button[type=submit]").click();
      first.waitForURL(u -> u.matches(".*/events/\\d+/edit$") && !u.contains("/" + kept + "/"));
      Response split =
          second.waitForNavigation(
              () -> second.locator("figure.evidence").nth(1).locator("button").click());
      assertEquals(409, split.status());
      Locator left = second.locator("figure.evidence");
      assertThat(left).hasCount(1);
      Locator error = left.locator("#split-error");
      assertThat(error).isVisible();
      assertThat(error)
          .containsText(
              en
                  ? "more than one piece of evidence"
                  : "لا يُفصل إلا دليل من أدلة حدث له أكثر من دليل");
      fits(second, "the failed split");
      shot(second, "12-48-split-error" + size);
    } finally {
      // The event split off has a number of its own, which the fixture does not know.
      Sql.update("delete from event where title in (?1, ?2)", UiFixture.TITLE_1, UiFixture.TITLE_2);
    }
  }

  /** Opens the merge box if it is closed, types the number and the reason, and sends the form. */
  private static Response merge(Page page, String number, String reason) {
    if (page.locator("#merge[open]").count() == 0) {
      page.locator("#merge summary").click();
    }
    page.locator("#other").fill(number);
    page.locator("#merge input[name=reason]").fill(reason);
    return page.waitForNavigation(() -> page.locator("#merge button[type=submit]").click());
  }

  /** The edit page again, its merge box open with the number typed and the error beside it. */
  private static void typedAndSaid(Page page, String number, String said) {
    assertTrue(page.url().endsWith("/merge"), page.url());
    assertThat(page.locator("#edit-form")).isVisible();
    assertThat(page.locator("#merge")).hasAttribute("open", "");
    assertThat(page.locator("#other")).hasValue(number);
    assertThat(page.locator("#other")).hasAttribute("aria-invalid", "true");
    // the field has the focus, so the box below the form is in view with it
    assertThat(page.locator("#other")).isFocused();
    Locator error = page.locator("#other-error");
    assertThat(error).isVisible();
    assertThat(error).containsText(said);
    // beside the field: on its line, or the line right under it
    BoundingBox field = page.locator("#other").boundingBox();
    BoundingBox box = error.boundingBox();
    double gap = box.y - (field.y + field.height);
    assertTrue(
        gap < 40 && box.y + box.height > field.y,
        "the error is beside the field: field "
            + field.y
            + "+"
            + field.height
            + ", error "
            + box.y);
    fits(page, "the failed merge");
  }

  private static void fits(Page page, String what) {
    Number wide = (Number) page.evaluate("document.documentElement.scrollWidth");
    Number screen = (Number) page.evaluate("window.innerWidth");
    assertTrue(
        wide.intValue() <= screen.intValue(), what + " scrolls sideways: " + wide + " > " + screen);
  }
}
