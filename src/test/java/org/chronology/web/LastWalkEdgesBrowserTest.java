package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rough edges from the last walks of the site (issue #12), in Arabic and English at 1366 and 390
 * px: the time axis, below the list of events, was many Tabs away and every zoom without JavaScript
 * reloaded the page with the focus at its top; {@code /compare} said "more than one actor is
 * called" of names that only contain what was typed, and one name on both sides listed the same
 * actor twice, each leading to a roundabout page; the story view's redirects ({@code ?i=0}, {@code
 * ?i=999}) dropped the address's language and digits. Screenshots under {@code
 * target/screenshots/12-55-*}.
 */
@QuarkusTest
class LastWalkEdgesBrowserTest extends UiBrowserTest {

  private static final List<String> LANGS = List.of("ar", "en");

  /**
   * axe-core's serious findings on an address, in {@code js} (a context with JavaScript: axe-core
   * does not run in a page without it), after {@code before} has done what the reader did there.
   * The address names its language, so one such context serves every check at a width: the page is
   * loaded anew for each, with the focus at its top.
   */
  private static List<String> axeAt(
      BrowserContext js,
      String address,
      java.util.function.Consumer<Page> before,
      String axeSource) {
    Page page = js.pages().isEmpty() ? js.newPage() : js.pages().get(0);
    page.navigate("about:blank"); // never a same-document step that keeps the last focus
    page.navigate(address);
    before.accept(page);
    return axe(page, axeSource);
  }

  private static boolean focusInAxis(Page page) {
    return (Boolean) page.evaluate("() => !!document.activeElement.closest('#axis')");
  }

  @Test
  void theAxisIsASkipLinkAwayAndAZoomWithoutJavaScriptLandsOnIt() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = underPolicy(width, 900, false);
          BrowserContext js = underPolicy(width, 900)) {
        Page page = c.newPage();
        for (String lang : LANGS) {
          boolean en = lang.equals("en");
          page.navigate(url("/?zoom=" + UiFixture.YEAR + "&lang=" + lang));
          // Near the top: the second Tab, after "skip to content"; shown when it has the focus.
          page.keyboard().press("Tab");
          page.keyboard().press("Tab");
          Locator skip = page.locator("#skip-axis");
          assertThat(skip).isFocused();
          assertThat(skip).hasText(en ? "Skip to the time axis" : "انتقل إلى الخط الزمني");
          var box = skip.boundingBox();
          assertTrue(
              box != null && box.x >= 0 && box.x + box.width <= width && box.y >= 0,
              width + " " + lang + ": the focused skip link is on the screen");
          for (String v :
              axeAt(
                  js,
                  page.url(),
                  p -> {
                    p.keyboard().press("Tab");
                    p.keyboard().press("Tab");
                  },
                  axeSource)) {
            failures.add(width + " " + lang + " skip link focused: " + v);
          }
          Chromium.shot(page, "12-55-skip-axis-" + width + "-" + lang + ".png", false);
          page.keyboard().press("Enter");
          page.keyboard().press("Tab");
          assertTrue(focusInAxis(page), lang + ": the next Tab is on the axis");
          // A zoom out, followed with the keyboard: the page loads again, at the axis.
          page.locator("#axis a.ax-out").focus();
          page.keyboard().press("Enter");
          page.waitForURL(java.util.regex.Pattern.compile(".*zoom=19[0-9]0.*"));
          assertTrue(page.url().endsWith("#axis"), page.url());
          assertThat(page.locator("#axis")).hasAttribute("data-level", "DECADE");
          page.keyboard().press("Tab");
          assertTrue(
              focusInAxis(page), width + " " + lang + ": after a zoom the next Tab is on the axis");
          // Earlier lands there too.
          page.locator("#axis a.ax-prev").focus();
          page.keyboard().press("Enter");
          page.waitForURL(java.util.regex.Pattern.compile(".*zoom=1970s.*"));
          assertTrue(page.url().endsWith("#axis"), page.url());
          page.keyboard().press("Tab");
          assertTrue(focusInAxis(page), lang + ": after earlier the next Tab is on the axis");
          for (String v : axeAt(js, page.url(), p -> {}, axeSource)) {
            failures.add(width + " " + lang + " after a zoom: " + v);
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void compareSaysNamesContainWhatWasTypedAndOneActorOnBothSidesIsThatActor()
      throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    String part = "ختباري" + (System.nanoTime() % 1000) + "س";
    List<Long> ids =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  List<Long> out = new ArrayList<>();
                  for (String first : List.of("كمال ال", "منير ال")) {
                    out.add(
                        ((Number)
                                Panache.getEntityManager()
                                    .createNativeQuery(
                                        "insert into actor (kind, name, origin) values ('person',"
                                            + " ?1, 'editor') returning id")
                                    .setParameter(1, first + part)
                                    .getSingleResult())
                            .longValue());
                  }
                  return out;
                });
    try {
      for (int width : new int[] {1366, 390}) {
        try (BrowserContext c = underPolicy(width, 900, false);
            BrowserContext js = underPolicy(width, 900)) {
          Page page = c.newPage();
          for (String lang : LANGS) {
            boolean en = lang.equals("en");
            // Two names contain the text, none is it: not "more than one actor is called".
            page.navigate(url("/compare?lang=" + lang));
            page.locator("#c-who-a").fill(part);
            page.locator("#c-who-b").fill(UiFixture.NAME);
            leaving(page, () -> page.locator("form.compare-pick button[type=submit]").click());
            String said = page.locator("#c-who-a-matches p").innerText();
            assertFalse(said.contains(en ? "is called" : "يحمل اسم"), said);
            assertEquals(
                en
                    ? "The actors whose names contain “" + part + "”: choose."
                    : "الفاعلون الذين تتضمن أسماؤهم «" + part + "»: اختر.",
                said.strip());
            assertThat(page.locator("#c-who-a-matches li a")).hasCount(2);
            for (String v : axeAt(js, page.url(), p -> {}, axeSource)) {
              failures.add(width + " " + lang + " names containing: " + v);
            }
            Chromium.shot(page, "12-55-compare-contain-" + width + "-" + lang + ".png", false);
            // One actor given, the other typed: the same wording.
            page.navigate(
                url("/compare?a=" + fixture.actorId() + "&who=" + part + "&lang=" + lang));
            said = page.locator("#c-who-matches p").innerText();
            assertTrue(said.contains(en ? "whose names contain" : "تتضمن أسماؤهم"), said);
            // The same name on both sides: said to be one actor, not listed twice.
            page.navigate(url("/compare?lang=" + lang));
            page.locator("#c-who-a").fill(UiFixture.NAME);
            page.locator("#c-who-b").fill(UiFixture.NAME);
            leaving(page, () -> page.locator("form.compare-pick button[type=submit]").click());
            Locator same = page.locator("#c-same");
            assertThat(same)
                .containsText(en ? "Both sides are the same actor:" : "الجانبان فاعل واحد:");
            assertThat(same.locator("a[href='/actors/" + fixture.actorId() + "']")).hasCount(1);
            assertThat(page.locator(".matches li a")).hasCount(0);
            assertThat(page.locator("#c-who-a")).hasAttribute("aria-describedby", "c-same");
            for (String v : axeAt(js, page.url(), p -> {}, axeSource)) {
              failures.add(width + " " + lang + " same actor twice: " + v);
            }
            Chromium.shot(page, "12-55-compare-same-" + width + "-" + lang + ".png", false);
          }
        }
      }
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  Panache.getEntityManager()
                      .createNativeQuery("delete from actor where id in (?1, ?2)")
                      .setParameter(1, ids.get(0))
                      .setParameter(2, ids.get(1))
                      .executeUpdate());
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theStorysRedirectsKeepTheLanguageDigitsAndFilters() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (int width : new int[] {1366, 390}) {
      for (String lang : LANGS) {
        boolean en = lang.equals("en");
        // A shared address, opened with no cookie: its language and digits are all there is.
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = c.newPage();
          String digits = en ? "arab" : "latn";
          String filters = "actor=" + fixture.actorId() + "&type=visit&type=statement";
          String two = en ? "Event ٢ of ٢" : "الحدث 2 من 2";
          String one = en ? "Event ١ of ٢" : "الحدث 1 من 2";
          for (String[] ask : new String[][] {{"999", "i=2", two}, {"0", "i=1", one}}) {
            page.navigate(
                url("/story?" + filters + "&i=" + ask[0] + "&lang=" + lang + "&digits=" + digits));
            String u = page.url();
            assertTrue(u.contains(ask[1]), u);
            assertTrue(u.contains("lang=" + lang) && u.contains("digits=" + digits), u);
            assertTrue(
                u.contains("actor=" + fixture.actorId())
                    && u.contains("type=visit")
                    && u.contains("type=statement"),
                u);
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            assertThat(page.locator(".story-steps .step-of")).hasText(ask[2]);
          }
          for (String v : axe(page, axeSource)) {
            failures.add(width + " " + lang + " story after a redirect: " + v);
          }
          Chromium.shot(page, "12-55-story-redirect-" + width + "-" + lang + ".png", false);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
