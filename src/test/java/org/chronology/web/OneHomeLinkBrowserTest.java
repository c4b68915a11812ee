package org.chronology.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every page's header began with the site name and the navigation's first item, two links to the
 * chronology one after the other: a keyboard or screen-reader user met the same link twice. The
 * site name is now the one link to it. On the chronology, a year, an event and the articles, at
 * 1366 and 390 px in Arabic and English: one link in the header goes to {@code /} (the site name),
 * no two Tab stops in a row go to the same address, the header keeps its look (one row at 1366 px,
 * nothing wider than the screen at 390 px) and axe-core finds nothing serious. Screenshots under
 * {@code target/screenshots/12-58-home-link-*}.
 */
@QuarkusTest
class OneHomeLinkBrowserTest extends UiBrowserTest {

  /** The header's Tab stops from the top of the page: each one's address. */
  private static final String FOCUSED =
      "() => { const a = document.activeElement;"
          + " return { href: a ? a.getAttribute('href') || a.tagName + '#' + a.id : '',"
          + " header: !!(a && a.closest('header.site')) }; }";

  @Test
  void theSiteNameIsTheOneLinkToTheChronology() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    List<String> paths =
        List.of(
            "/", "/?year=" + UiFixture.YEAR, "/events/" + fixture.eventIds().get(0), "/articles");
    for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
      try (BrowserContext c = underPolicy(size[0], size[1])) {
        Page page = c.newPage();
        for (String lang : List.of("ar", "en")) {
          for (String path : paths) {
            String where = size[0] + " px " + lang + " " + path;
            page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
            int home = page.locator("header.site a[href='/']").count();
            if (home != 1) {
              failures.add(where + ": " + home + " links to the chronology in the header");
            }
            if (page.locator("header.site a.brand[href='/']").count() != 1) {
              failures.add(where + ": the site name is not the link to the chronology");
            }
            // The keyboard's walk through the header: never the same address twice in a row.
            List<String> stops = new ArrayList<>();
            boolean inHeader = false;
            for (int tab = 0; tab < 20; tab++) {
              page.keyboard().press("Tab");
              @SuppressWarnings("unchecked")
              var f = (java.util.Map<String, Object>) page.evaluate(FOCUSED);
              stops.add((String) f.get("href"));
              if ((Boolean) f.get("header")) {
                inHeader = true;
              } else if (inHeader) {
                break;
              }
            }
            for (int i = 1; i < stops.size(); i++) {
              if (stops.get(i).equals(stops.get(i - 1))) {
                failures.add(
                    where + ": Tab stops " + i + " and " + (i + 1) + " both go to " + stops.get(i));
              }
            }
            // The look: at 1366 px the site name and both navigations stay on one row; at 390 px
            // nothing is wider than the screen.
            BoundingBox brand = page.locator("header.site .brand").boundingBox();
            BoundingBox sections = page.locator("header.site nav.sections").boundingBox();
            BoundingBox prefs = page.locator("header.site nav.prefs").boundingBox();
            if (size[0] > 800) {
              double mid = brand.y + brand.height / 2;
              for (BoundingBox b : List.of(sections, prefs)) {
                if (Math.abs(b.y + b.height / 2 - mid) > brand.height / 2) {
                  failures.add(where + ": the header is not one row");
                }
              }
            }
            Number wide = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            if (wide.intValue() > size[0]) {
              failures.add(where + ": the page is " + wide + " px wide");
            }
            for (String v : axe(page, axeSource)) {
              failures.add(where + ": " + v);
            }
            if (path.equals("/")) {
              Chromium.shot(page, "12-58-home-link-" + size[0] + "-" + lang + ".png", false);
            }
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
