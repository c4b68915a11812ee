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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fields of the editors' pages a new editor stumbled on: the review queue's year is a number field
 * bounded to the years a filter can name and offering the years that have events to review, and a
 * value that is no year is said beside the field on the queue itself (it was the generic 400 page);
 * the article editor's labels stand beside their fields on a laptop and above them on a phone, and
 * the start and end fields explain the «#c123» of an evidence link; the actor editor's country hint
 * is on screen on a phone. Under the site's Content-Security-Policy, at 1366 and 390 px, in Arabic
 * and English. Screenshots under {@code target/screenshots/12-48-*}.
 */
@QuarkusTest
class EditorFieldsBrowserTest extends UiBrowserTest {

  @ParameterizedTest
  @CsvSource({"1366, 900, ar", "1366, 900, en", "390, 844, en", "390, 844, ar"})
  void reviewYearArticleLabelsAndCountryHint(int width, int height, String lang) {
    boolean en = lang.equals("en");
    String size = "-" + width + "-" + lang + ".png";
    try (PolicyContext c = watched(width, height, true)) {
      Page page = signedIn(c.context(), "fields", false);
      page.setDefaultTimeout(120_000);

      // The review queue's year: a bounded number field offering the years with events to review.
      page.navigate(url("/review?lang=" + lang));
      Locator year = page.locator("form.filters input[name=year]");
      assertThat(year).hasAttribute("type", "number");
      assertThat(year).hasAttribute("min", "1");
      assertThat(year).hasAttribute("max", "9999");
      String list = year.getAttribute("list");
      assertThat(page.locator("datalist#" + list + " option[value='" + UiFixture.YEAR + "']"))
          .hasCount(1);
      year.fill(String.valueOf(UiFixture.YEAR));
      page.locator("form.filters button[type=submit]").click();
      page.waitForURL(u -> u.contains("year=" + UiFixture.YEAR));
      assertThat(page.locator("tr[data-id='" + fixture.eventIds().get(0) + "']")).hasCount(1);
      // Out of bounds: the browser holds the form back.
      year.fill("12345");
      assertEquals(Boolean.FALSE, year.evaluate("i => i.checkValidity()"));
      // A value that is no year, from a link or a browser that lets it through: the queue, its
      // other filters kept, and the reason beside the field.
      for (String bad : List.of("abc", "0", "12345")) {
        Response r = page.navigate(url("/review?q=&year=" + bad + "&lang=" + lang));
        assertEquals(400, r.status(), bad);
        assertThat(page.locator("h1#review-h")).isVisible();
        Locator error = page.locator("#year-error");
        assertThat(error).isVisible();
        assertThat(error)
            .containsText(en ? "“" + bad + "” is not a year" : "«" + bad + "» ليست سنة");
        assertThat(error).containsText(en ? "from 1 to 9999" : "من 1 إلى 9999");
        assertThat(year).hasAttribute("aria-invalid", "true");
        assertThat(year).hasAttribute("aria-describedby", "year-error");
      }
      assertThat(year).hasValue("12345");
      fits(page, "the review queue with a bad year");
      shot(page, "12-48-review-bad-year" + size);

      // The article editor: each label beside its field on a laptop, above it on a phone.
      page.navigate(url("/articles/" + fixture.articleId() + "/edit?lang=" + lang));
      Locator labels = page.locator("form.aligned > p > label[for]");
      assertTrue(labels.count() >= 8, "labelled fields: " + labels.count());
      for (int i = 0; i < labels.count(); i++) {
        Locator label = labels.nth(i);
        String id = label.getAttribute("for");
        BoundingBox l = label.boundingBox();
        BoundingBox f = page.locator("#" + id).boundingBox();
        if (width > 800) {
          assertTrue(
              l.y < f.y + f.height && f.y < l.y + l.height,
              id + ": the label on the field's line: " + l.y + " / " + f.y);
          assertTrue(
              en ? l.x + l.width <= f.x : l.x >= f.x + f.width,
              id + ": the label on the line's start side: " + l.x + " / " + f.x);
        } else {
          assertTrue(l.y + l.height <= f.y + 1, id + ": the label above the field");
        }
      }
      // The «#c123» of an evidence link, explained where the start and end are typed.
      Locator hint = page.locator("#range-hint");
      assertThat(hint).isVisible();
      assertThat(hint).containsText("#c123");
      assertThat(hint).containsText(en ? "character 123" : "الحرف 123");
      assertTrue(page.locator("#start").getAttribute("aria-describedby").contains("range-hint"));
      assertTrue(page.locator("#end").getAttribute("aria-describedby").contains("range-hint"));
      fits(page, "the article editor");
      assertEquals(List.of(), axe(page, axeSourceQuietly()), "axe on the article editor");
      shot(page, "12-48-article-edit" + size);

      // The actor editor: the country field's hint is on the screen, whole.
      page.navigate(url("/actors/" + fixture.actorId() + "/edit?lang=" + lang));
      Locator countryHint = page.locator("#country-hint");
      assertThat(countryHint).isVisible();
      onScreen(page, countryHint, page.locator("#country"), "the country hint");
      onScreen(
          page,
          page.locator("#duplicate-hint"),
          page.locator("#duplicate"),
          "the duplicate's hint");
      fits(page, "the actor editor");
      shot(page, "12-48-actor-edit" + size);
    }
  }

  /**
   * The hint lies whole under its field (not squeezed beside it into a narrow column), within the
   * screen's width, and nothing covers it.
   */
  private static void onScreen(Page page, Locator el, Locator field, String what) {
    BoundingBox b = el.boundingBox();
    BoundingBox f = field.boundingBox();
    assertTrue(b.y >= f.y + f.height - 1, what + " under its field: " + b.y + " / " + f.y);
    assertTrue(b.y - (f.y + f.height) < 20, what + " right under its field: " + b.y + " / " + f.y);
    Number screen = (Number) page.evaluate("window.innerWidth");
    assertTrue(
        b.width > 20 && b.height > 8 && b.x >= 0 && b.x + b.width <= screen.doubleValue() + 0.5,
        what + " is off the screen: " + b.x + "+" + b.width + " of " + screen);
    // its middle is the element itself, not something covering it
    Object top =
        el.evaluate(
            "e => { const r = e.getBoundingClientRect(); e.scrollIntoView({block: 'center'});"
                + " const s = e.getBoundingClientRect();"
                + " const at = document.elementFromPoint(s.left + s.width / 2, s.top + s.height / 2);"
                + " return at === e || e.contains(at); }");
    assertEquals(Boolean.TRUE, top, what + " is covered or clipped");
  }

  private String axeSourceQuietly() {
    try {
      return axeSource();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void fits(Page page, String what) {
    Number wide = (Number) page.evaluate("document.documentElement.scrollWidth");
    Number screen = (Number) page.evaluate("window.innerWidth");
    assertTrue(
        wide.intValue() <= screen.intValue(), what + " scrolls sideways: " + wide + " > " + screen);
  }
}
