package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two editors' forms as a new editor met them (issue #12, fourth pass): the review queue's filters
 * ran labels into the next field with the type list on a line of its own, and the box for pasting
 * an article was twenty characters wide on every screen. Now each filter's label is above its field
 * (in one row on a wide screen) and the article's text box is as wide as its column. At 1366 px in
 * Arabic and 390 px in English, under the site's policy, with axe-core. Screenshots under {@code
 * target/screenshots/12-46-forms-*}.
 */
@QuarkusTest
class EditorFormsBrowserTest extends UiBrowserTest {

  @ParameterizedTest
  @CsvSource({"1366, 900, ar", "390, 844, en"})
  void theReviewFiltersAndTheUploadFormAreLaidOutAsForms(int width, int height, String lang)
      throws java.io.IOException {
    try (PolicyContext c = watched(width, height, true)) {
      Page page = signedIn(c.context(), "forms", false);
      page.setDefaultTimeout(60_000);
      page.navigate(url("/review?lang=" + lang));
      // Each label's words sit above its field, never beside it.
      @SuppressWarnings("unchecked")
      List<String> beside =
          (List<String>)
              page.evaluate(
                  "() => [...document.querySelectorAll('.review form.filters > label')].flatMap(l"
                      + " => { const f = l.querySelector('input, select'); const r ="
                      + " document.createRange(); r.selectNodeContents(l.firstChild); const t ="
                      + " r.getBoundingClientRect(); const b = f.getBoundingClientRect();"
                      + " return b.top + 1 >= t.bottom ? [] : [l.textContent.trim().slice(0, 20)"
                      + " + ': words end at ' + t.bottom + ', field starts at ' + b.top]; })");
      assertEquals(List.of(), beside, "labels above their fields");
      if (width >= 1000) {
        @SuppressWarnings("unchecked")
        List<Number> tops =
            (List<Number>)
                page.evaluate(
                    "() => [...document.querySelectorAll('.review form.filters input:not([type=hidden]),"
                        + " .review form.filters select, .review form.filters button')]"
                        + ".map(e => Math.round(e.getBoundingClientRect().bottom))");
        double lowest = tops.stream().mapToDouble(Number::doubleValue).max().orElse(0);
        double highest = tops.stream().mapToDouble(Number::doubleValue).min().orElse(0);
        assertTrue(lowest - highest <= 4, "the filters in one row on a wide screen: " + tops);
      }
      assertEquals(List.of(), axe(page, axeSource()), "axe on the review queue");
      shot(page, "12-46-forms-review-" + width + "-" + lang + ".png");

      page.navigate(url("/articles/new"));
      Number box =
          (Number) page.evaluate("document.getElementById('text').getBoundingClientRect().width");
      Number column =
          (Number)
              page.evaluate(
                  "Math.min(document.querySelector('form.stacked').getBoundingClientRect().width,"
                      + " 48 * parseFloat(getComputedStyle(document.documentElement).fontSize))");
      assertTrue(
          box.doubleValue() >= column.doubleValue() * 0.95,
          "the article's text box is as wide as its column: " + box + " of " + column);
      Number wide = (Number) page.evaluate("document.documentElement.scrollWidth");
      assertTrue(wide.intValue() <= width, "no sideways scrolling: " + wide);
      assertEquals(List.of(), axe(page, axeSource()), "axe on the upload form");
      shot(page, "12-46-forms-upload-" + width + "-" + lang + ".png");
    }
  }
}
