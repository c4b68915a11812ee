package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronology.revision.RevisionService;
import org.junit.jupiter.api.Test;

/**
 * Paths a new user had not walked, in Arabic and English at 1366 and 390 px: a form refused for its
 * missing CSRF token listed what was typed under the form's field names ("reason", "actorName-52",
 * "role-52") with codes for values ("deal", "month", "buyer"); the page of an event merged into
 * another (or taken back out under a new number) was a 404 ending there, though its history names
 * where it went; {@code /compare} with one side matching one actor said "more than one actor is
 * called"; the band under the axis's dates that picks a span's ends was out of the Tab order, so no
 * span could be chosen with the keyboard alone; restoring the state before a split from the history
 * left the sentence in the new event (the split's entry now offers to merge it back); from an
 * address that names the language ({@code ?lang=en}) the first zoom loaded the whole page again,
 * the focus back at its top, instead of swapping the axis. Screenshots under {@code
 * target/screenshots/12-53-*}.
 */
@QuarkusTest
class UnwalkedPathsBrowserTest extends UiBrowserTest {

  private static final List<String> LANGS = List.of("ar", "en");

  @Test
  void aRefusedFormListsWhatWasTypedInTheReadersWords() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    long event = fixture.eventIds().get(0);
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = editor(c, "walk53");
        for (String lang : LANGS) {
          boolean en = lang.equals("en");
          page.navigate(url("/events/" + event + "/edit?lang=" + lang));
          String typeShown = page.locator("#type option:checked").innerText().strip();
          String typeCode = page.locator("#type").inputValue();
          page.locator("#reason").fill("csrf53 " + lang);
          // The token missing (a page kept open past the session, a proxy that dropped it).
          page.evaluate(
              "() => document.querySelectorAll('input[name=csrf-token]').forEach(i => i.remove())");
          leaving(page, () -> page.locator("#edit-form button[type=submit]").last().click());
          assertThat(page.locator("#csrf-resend")).isVisible(); // the form is offered again
          // The token was missing, not old: the heading says the form could not be checked.
          assertThat(page.locator("#csrf-title"))
              .hasText(en ? "The form could not be checked" : "تعذّر التحقق من النموذج");
          Locator names = page.locator("dl.typed dt");
          List<String> dts = names.allInnerTexts().stream().map(String::strip).toList();
          for (String dt : dts) {
            assertFalse(
                dt.matches("[A-Za-z]+(-\\d+)?") && !en,
                lang + ": a field's code as its name " + dts);
            assertFalse(dt.matches("[a-z]+[A-Z]?[a-z]*(-\\d+)?"), lang + ": a code " + dts);
          }
          assertTrue(dts.contains(en ? "Reason" : "السبب"), lang + " " + dts);
          assertFalse(dts.contains("actor") || dts.contains("version"), "bookkeeping " + dts);
          String typeValue =
              page.locator("dl.typed dt:text-is('" + (en ? "Type" : "النوع") + "') + dd")
                  .innerText()
                  .strip();
          assertEquals(typeShown, typeValue, lang + ": the type as the form named it");
          assertFalse(typeValue.equals(typeCode) && !en, typeValue);
          assertTrue(
              page.locator("dl.typed").innerText().contains("csrf53 " + lang), "typed text kept");
          for (String v : axe(page, axeSource)) {
            failures.add(width + " " + lang + " CSRF page: " + v);
          }
          Chromium.shot(page, "12-53-csrf-typed-" + width + "-" + lang + ".png", true);
          page.locator("#csrf-resend").click();
          page.waitForURL(java.util.regex.Pattern.compile(".*/edit\\?saved=1"));
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theOldNumberOfAMergedEventLeadsToItsHistory() throws java.io.IOException {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    long into = fixture.eventIds().get(0);
    // A number no event has now, whose history says it was merged into the fixture's first event.
    long gone = 9_053_000_000L + System.nanoTime() % 1000;
    long never = gone + 1000;
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Arc.container()
                    .instance(RevisionService.class)
                    .get()
                    .record(
                        "event",
                        gone,
                        "merged-into",
                        "merge53",
                        "→ #" + into,
                        Map.of("type", "visit", "title", "زيارة مدموجة"),
                        null));
    try {
      for (int width : new int[] {1366, 390}) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = c.newPage();
          for (String lang : LANGS) {
            boolean en = lang.equals("en");
            Response r = page.navigate(url("/events/" + gone + "?lang=" + lang));
            assertEquals(404, r.status());
            Locator trail = page.locator("#not-found-trail");
            assertThat(trail).hasCount(1);
            assertThat(trail).hasAttribute("href", "/events/" + gone + "/history");
            assertThat(trail).hasText(en ? "What became of it: its history" : "ما جرى له: سجله");
            for (String v : axe(page, axeSource)) {
              failures.add(width + " " + lang + " 404 of a merged event: " + v);
            }
            Chromium.shot(page, "12-53-merged-404-" + width + "-" + lang + ".png", false);
            leaving(page, trail::click);
            assertThat(page.locator("main a[href='/events/" + into + "']")).not().hasCount(0);
            // A number that never was an event: the 404 as before, no link to a history.
            assertEquals(404, page.navigate(url("/events/" + never + "?lang=" + lang)).status());
            assertThat(page.locator("#not-found-trail")).hasCount(0);
          }
        }
      }
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  Panache.getEntityManager()
                      .createNativeQuery("delete from revision where entity_id = ?1")
                      .setParameter(1, gone)
                      .executeUpdate());
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void compareSaysASingleMatchIsOne() {
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c =
          browser.newContext(
              new com.microsoft.playwright.Browser.NewContextOptions()
                  .setViewportSize(width, 900)
                  .setJavaScriptEnabled(false))) {
        Page page = c.newPage();
        for (String lang : LANGS) {
          boolean en = lang.equals("en");
          page.navigate(url("/compare?lang=" + lang));
          page.locator("#c-who-a").fill(UiFixture.NAME);
          page.locator("#c-who-b").fill("zzz-nobody-53");
          leaving(page, () -> page.locator("form.compare-pick button[type=submit]").click());
          String first = page.locator("#c-who-a-matches").innerText();
          assertFalse(first.contains(en ? "More than one" : "أكثر من فاعل"), first);
          assertTrue(
              first.contains(
                  en
                      ? "One actor is called “" + UiFixture.NAME + "”"
                      : "فاعل واحد يحمل اسم «" + UiFixture.NAME + "»"),
              first);
          assertThat(page.locator("#c-who-a-matches li a")).hasCount(1);
          Chromium.shot(page, "12-53-compare-one-" + width + "-" + lang + ".png", false);
        }
      }
    }
  }

  /** Presses Tab until the focus is on a link whose class and href match; its href, or null. */
  private static String tabTo(Page page, String cls, String hrefPart) {
    for (int i = 0; i < 300; i++) {
      page.keyboard().press("Tab");
      Object href =
          page.evaluate(
              "([cls, part]) => { const e = document.activeElement;"
                  + " return e && e.classList.contains(cls)"
                  + " && (e.getAttribute('href') || '').includes(part)"
                  + " ? e.getAttribute('href') : null; }",
              List.of(cls, hrefPart));
      if (href != null) {
        return (String) href;
      }
    }
    return null;
  }

  @Test
  void aSpanIsSelectedOnTheAxisWithTheKeyboardAlone() {
    for (boolean js : new boolean[] {false, true}) {
      for (int width : new int[] {1366, 390}) {
        try (BrowserContext c =
            browser.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions()
                    .setViewportSize(width, 900)
                    .setJavaScriptEnabled(js))) {
          Page page = c.newPage();
          for (String lang : LANGS) {
            page.navigate(
                url("/?zoom=" + UiFixture.YEAR + "&actor=" + fixture.actorId() + "&lang=" + lang));
            // One end: May, reached with Tab and chosen with Enter.
            String may = tabTo(page, "ax-pick", "pick=" + UiFixture.YEAR + "-05-01");
            assertTrue(may != null, js + " " + width + " " + lang + ": the band is reached by Tab");
            page.keyboard().press("Enter");
            assertThat(page.locator(".axis-pick")).isVisible();
            // The other end: November.
            String november = tabTo(page, "ax-pick", "to=" + UiFixture.YEAR + "-11-30");
            assertTrue(november != null, js + " " + width + " " + lang + ": the other end");
            page.keyboard().press("Enter");
            page.waitForURL(java.util.regex.Pattern.compile(".*to=" + UiFixture.YEAR + "-11-30.*"));
            assertTrue(page.url().contains("from=" + UiFixture.YEAR + "-05-01"), page.url());
            assertThat(page.locator("#results article.event")).hasCount(2);
            Chromium.shot(
                page,
                "12-53-axis-keyboard-span-"
                    + (js ? "js" : "nojs")
                    + "-"
                    + width
                    + "-"
                    + lang
                    + ".png",
                false);
          }
        }
      }
    }
  }

  @Test
  void anEditorUndoesASplitFromTheHistory() throws java.io.IOException {
    // It merges and splits the fixture's events: a fresh fixture.
    fixture.close();
    fixture = UiFixture.create();
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    long kept = fixture.eventIds().get(0);
    long merged = fixture.eventIds().get(1);
    try (BrowserContext c = underPolicy(1366, 900)) {
      Page page = editor(c, "walk53");
      page.navigate(url("/events/" + kept + "/edit"));
      page.locator("details.structure summary").click();
      page.locator("#other").fill(String.valueOf(merged));
      page.locator("details.structure button[type=submit]").click();
      page.waitForURL(java.util.regex.Pattern.compile(".*/events/" + kept + "/history.*"));
      for (String[] run : new String[][] {{"1366", "ar"}, {"390", "en"}}) {
        boolean en = run[1].equals("en");
        page.setViewportSize(Integer.parseInt(run[0]), 900);
        page.navigate(url("/events/" + kept + "/edit?lang=" + run[1]));
        Locator sentences = page.locator("aside.editor-evidence figure.evidence");
        assertThat(sentences).hasCount(2);
        page.locator("form[action$='/split'] button[type=submit]").first().click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/events/\\d+/edit.*"));
        java.util.regex.Matcher m =
            java.util.regex.Pattern.compile("/events/(\\d+)/edit").matcher(page.url());
        assertTrue(m.find(), page.url());
        long split = Long.parseLong(m.group(1));
        assertTrue(split != kept, "a new event");
        // Undone from the history: the split's entry offers to merge the new event back.
        page.navigate(url("/events/" + kept + "/history"));
        Locator undo =
            page.locator("article.revision button")
                .filter(
                    new Locator.FilterOptions()
                        .setHasText(
                            en
                                ? "Undo the split: merge event " + split + " back into this one"
                                : "التراجع عن الفصل: إعادة دمج الحدث رقم " + split));
        assertThat(undo).hasCount(1);
        for (String v : axe(page, axeSource)) {
          failures.add(run[0] + " " + run[1] + " history after a split: " + v);
        }
        Chromium.shot(page, "12-53-split-undo-" + run[0] + "-" + run[1] + ".png", true);
        undo.click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/events/" + kept + "/history.*"));
        page.navigate(url("/events/" + kept + "/edit"));
        assertThat(page.locator("aside.editor-evidence figure.evidence")).hasCount(2);
        assertEquals(404, page.navigate(url("/events/" + split)).status(), "merged back");
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theFirstZoomFromAnAddressWithTheLanguageSwapsTheAxisInPlace() {
    for (String lang : LANGS) {
      try (BrowserContext c =
          browser.newContext(
              new com.microsoft.playwright.Browser.NewContextOptions()
                  .setViewportSize(1366, 900))) {
        Page page = c.newPage();
        // Arrived by a link that names the language (a shared English address).
        page.navigate(url("/?zoom=" + UiFixture.YEAR + "&lang=" + lang));
        page.waitForFunction("() => document.querySelector('script[src=\"/js/axis.js\"]')");
        page.evaluate("() => { window.__samePage = true; }");
        Locator out = page.locator("#axis a.ax-out");
        out.focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#axis")).hasAttribute("data-level", "DECADE");
        assertEquals(
            Boolean.TRUE,
            page.evaluate("() => window.__samePage === true"),
            lang + ": the axis swapped in place, the page not loaded again");
        assertTrue(
            (Boolean) page.evaluate("() => !!document.activeElement.closest('#axis')"),
            lang + ": the focus stays on the axis");
      }
    }
  }
}
