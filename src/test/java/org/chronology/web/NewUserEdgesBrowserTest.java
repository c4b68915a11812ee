package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitUntilState;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.chronology.revision.RevisionService;
import org.junit.jupiter.api.Test;

/**
 * Rough edges a new user met, in Arabic and English: id 0 said "no record has the id 0" where an
 * unknown id names what is missing; a refused upload said "1 control characters"; the history wrote
 * dates as ISO, a lower-case precision and merges as "← #517"; on English cards an Arabic title sat
 * at the far right, away from its type and date; {@code /compare} without parameters was a 400;
 * {@code /?actor=99999} showed an empty chronology without saying no such actor exists. Screenshots
 * under {@code target/screenshots/12-51-*}.
 */
@QuarkusTest
class NewUserEdgesBrowserTest extends UiBrowserTest {

  private static final List<String> LANGS = List.of("ar", "en");

  private BrowserContext context(int width) {
    return browser.newContext(
        new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(width, 900));
  }

  @Test
  void idZeroNamesWhatIsMissing() {
    try (BrowserContext c = context(1366)) {
      Page page = c.newPage();
      for (String lang : LANGS) {
        boolean en = lang.equals("en");
        for (String[] p :
            new String[][] {
              {"/events/0", "There is no event number 0.", "لا يوجد حدث رقم 0."},
              {"/actors/0", "There is no actor number 0.", "لا يوجد فاعل رقم 0."},
              {"/articles/0", "There is no article number 0.", "لا توجد مقالة رقم 0."}
            }) {
          Response r = page.navigate(url(p[0] + "?lang=" + lang));
          assertEquals(404, r.status(), p[0]);
          String text = page.locator("main").innerText();
          assertTrue(text.contains(en ? p[1] : p[2]), p[0] + " " + lang + ": " + text);
          assertFalse(text.contains("no record has the id"), text);
        }
        Chromium.shot(page, "12-51-id-zero-" + lang + ".png", false);
      }
    }
  }

  @Test
  void aRefusedUploadCountsItsControlCharactersInWords() {
    AdminMsg enMsg = MessageBundles.get(AdminMsg.class, Localized.Literal.of("en"));
    AdminMsg arMsg = MessageBundles.get(AdminMsg.class, Localized.Literal.of("ar"));
    assertEquals(
        "binary content (1 control character)",
        enMsg.rejectReason("binary", "1", "", "", false, 1));
    assertEquals(
        "binary content (40 control characters)",
        enMsg.rejectReason("binary", "40", "", "", false, 40));
    assertEquals(
        "invalid UTF-8: 1 bad byte, the first at byte 7 (the rest is valid UTF-8, so it is not"
            + " read as windows-1256)",
        enMsg.rejectReason("invalidUtf8", "1", "7", "", false, 1));
    assertEquals(
        "محتوى ثنائي لا نص (فيه محرف تحكم واحد)",
        arMsg.rejectReason("binary", "1", "", "", false, 1));
    assertEquals(
        "محتوى ثنائي لا نص (فيه محرفا تحكم)", arMsg.rejectReason("binary", "2", "", "", false, 2));
    assertEquals(
        "محتوى ثنائي لا نص (فيه 5 محارف تحكم)",
        arMsg.rejectReason("binary", "5", "", "", false, 5));
    assertEquals(
        "محتوى ثنائي لا نص (فيه 40 محرف تحكم)",
        arMsg.rejectReason("binary", "40", "", "", false, 40));
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = context(width)) {
        Page page = editor(c, "upload51");
        for (String lang : LANGS) {
          page.navigate(url("/articles/new?lang=" + lang));
          byte[] bytes =
              ("a" + (char) 1 + width + lang + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
          // One control character in a short file: refused as binary.
          bytes = java.util.Arrays.copyOf(bytes, 2);
          bytes[0] = (byte) ('a' + Math.floorMod(System.nanoTime(), 26));
          page.locator("input[type=file]")
              .setInputFiles(new FilePayload("one.txt", "text/plain", bytes));
          leaving(page, () -> page.locator("form button[type=submit]").last().click());
          Locator error = page.locator("#file-error");
          assertThat(error).hasCount(1);
          String said = error.innerText();
          if (lang.equals("en")) {
            assertTrue(said.contains("binary content (1 control character)"), said);
          } else {
            assertTrue(said.contains("فيه محرف تحكم واحد"), said);
          }
          Chromium.shot(page, "12-51-upload-refused-" + width + "-" + lang + ".png", false);
        }
      }
    }
  }

  @Test
  void theHistoryWritesDatesPrecisionAndMergesInWords() {
    long event = fixture.eventIds().get(0);
    long other = fixture.eventIds().get(1);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              RevisionService revisions = Arc.container().instance(RevisionService.class).get();
              revisions.record(
                  "event",
                  event,
                  "edit",
                  "dates51",
                  null,
                  Map.of("dateStart", "2021-05-01", "datePrecision", "year"),
                  Map.of("dateStart", "2022-01-01", "datePrecision", "day"));
              revisions.record(
                  "event",
                  event,
                  "merge",
                  "dates51",
                  "← #" + other + " — same meeting",
                  null,
                  null);
              revisions.record("event", event, "split", "dates51", "→ #" + other, null, null);
            });
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = context(width)) {
        Page page = c.newPage();
        for (String lang : LANGS) {
          boolean en = lang.equals("en");
          page.navigate(url("/events/" + event + "/history?lang=" + lang));
          Locator edit =
              page.locator("article.revision")
                  .filter(new Locator.FilterOptions().setHasText("dates51"))
                  .filter(new Locator.FilterOptions().setHas(page.locator("table.diff")));
          assertThat(edit).hasCount(1);
          String diff = edit.locator("table.diff").innerText();
          assertFalse(diff.contains("2022-01-01"), "no ISO date: " + diff);
          if (en) {
            assertTrue(diff.contains("1 January 2022"), diff);
            assertTrue(diff.contains("1 May 2021"), diff);
            assertTrue(diff.contains("Year") && diff.contains("Day"), diff);
            assertFalse(diff.matches("(?s).*\\b(year|day)\\b.*"), "capitalised: " + diff);
          } else {
            assertTrue(diff.contains("1 كانون الثاني/يناير 2022"), diff);
          }
          Locator merge =
              page.locator("article.revision .reason")
                  .filter(new Locator.FilterOptions().setHasText(en ? "merged" : "دُمج"));
          assertThat(merge).hasCount(1);
          String mergeText = merge.innerText();
          assertFalse(mergeText.contains("←") || mergeText.contains("#"), mergeText);
          assertTrue(
              mergeText.contains(
                  en
                      ? "Event " + other + " was merged into this one"
                      : "دُمج فيه الحدث رقم " + other),
              mergeText);
          assertTrue(mergeText.contains("same meeting"), mergeText);
          assertThat(merge.locator("a")).hasAttribute("href", "/events/" + other + "/history");
          Locator split =
              page.locator("article.revision .reason")
                  .filter(new Locator.FilterOptions().setHasText(en ? "new event" : "حدث جديد"));
          assertThat(split).hasCount(1);
          assertFalse(split.innerText().contains("→"), split.innerText());
          assertThat(split.locator("a")).hasAttribute("href", "/events/" + other);
          Chromium.shot(page, "12-51-history-words-" + width + "-" + lang + ".png", true);
        }
      }
    }
  }

  @Test
  void anArabicTitleOnAnEnglishCardStaysBesideItsTypeAndDate() {
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = context(width)) {
        Page page = c.newPage();
        for (String lang : LANGS) {
          boolean en = lang.equals("en");
          page.navigate(url("/?year=" + UiFixture.YEAR + "&lang=" + lang));
          Locator card = page.locator("article.event").first();
          @SuppressWarnings("unchecked")
          Map<String, Object> box =
              (Map<String, Object>)
                  card.evaluate(
                      "c => { const t = c.querySelector('.title a').getBoundingClientRect();"
                          + " const w = c.querySelector('.when').getBoundingClientRect();"
                          + " const b = c.querySelector('.when > *').getBoundingClientRect();"
                          + " return {tl: t.left, tr: t.right, bl: b.left, br: b.right,"
                          + " wl: w.left, wr: w.right}; }");
          double gap =
              en
                  ? ((Number) box.get("tl")).doubleValue() - ((Number) box.get("bl")).doubleValue()
                  : ((Number) box.get("br")).doubleValue() - ((Number) box.get("tr")).doubleValue();
          assertTrue(
              Math.abs(gap) < 24,
              lang + " " + width + ": the title starts where the type does, " + box);
          Chromium.shot(page, "12-51-card-title-" + width + "-" + lang + ".png", false);
        }
      }
    }
  }

  @Test
  void compareWithoutParametersOffersTwoPickers() {
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = context(width)) {
        Page page = c.newPage();
        for (String lang : LANGS) {
          boolean en = lang.equals("en");
          Response r = page.navigate(url("/compare?lang=" + lang));
          assertEquals(200, r.status());
          Locator pickers = page.locator("form.compare-pick input[type=search]");
          assertThat(pickers).hasCount(2);
          assertThat(page.locator("label[for=c-who-a]")).hasCount(1);
          assertThat(page.locator("label[for=c-who-b]")).hasCount(1);
          Chromium.shot(page, "12-51-compare-pick-" + width + "-" + lang + ".png", false);
          // The two names typed: each stands for one actor, so the comparison follows.
          pickers.nth(0).fill(UiFixture.NAME);
          pickers.nth(1).fill("9999999-nobody");
          leaving(page, () -> page.locator("form.compare-pick button[type=submit]").click());
          String text = page.locator("main").innerText();
          assertTrue(
              text.contains(en ? "No other actor is called" : "لا فاعل آخر")
                  || text.contains(en ? "No actor is called" : "لا يوجد فاعل"),
              text);
          if (en) {
            assertFalse(text.contains("parameter"), text);
          }
        }
        assertEquals(400, page.navigate(url("/compare?a=abc&b=2")).status(), "a bad value");
      }
    }
  }

  @Test
  void anUnknownActorIsSaidOnTheChronology() throws java.io.IOException {
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = c.newPage();
        for (String lang : LANGS) {
          boolean en = lang.equals("en");
          Response r =
              page.navigate(
                  url("/?actor=99999&lang=" + lang),
                  new Page.NavigateOptions().setWaitUntil(WaitUntilState.DOMCONTENTLOADED));
          assertEquals(200, r.status());
          Locator said = page.locator("#results .unknown-actor");
          assertThat(said).hasCount(1);
          assertThat(said)
              .containsText(en ? "There is no actor number 99999." : "لا يوجد فاعل رقم 99999.");
          assertThat(said.locator("a")).hasCount(1);
          Chromium.shot(page, "12-51-unknown-actor-" + width + "-" + lang + ".png", false);
          // Said in a box as the site's other notices, not as bare text; announced as a status.
          assertThat(said).hasAttribute("role", "status");
          @SuppressWarnings("unchecked")
          Map<String, Object> style =
              (Map<String, Object>)
                  said.evaluate(
                      "p => { const s = getComputedStyle(p); return {bg: s.backgroundColor,"
                          + " border: s.borderTopStyle + ' ' + s.borderTopColor,"
                          + " pad: parseFloat(s.paddingInlineStart)}; }");
          assertEquals("rgb(253, 236, 234)", style.get("bg"), lang + " " + width + ": " + style);
          assertEquals("solid rgb(227, 161, 156)", style.get("border"), style.toString());
          assertTrue(((Number) style.get("pad")).doubleValue() > 8, style.toString());
          assertEquals(List.of(), axe(page, axeSource()), lang + " " + width);
          Chromium.shot(page, "12-52-unknown-actor-" + width + "-" + lang + ".png", false);
        }
      }
    }
  }

  @Test
  void comparesPickersSuggestNamesAsTheChronologyDoes() throws java.io.IOException {
    String typed = UiFixture.NAME.substring(0, Math.min(3, UiFixture.NAME.length()));
    for (int width : new int[] {1366, 390}) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = c.newPage();
        for (String lang : LANGS) {
          page.navigate(url("/compare?lang=" + lang));
          for (String side : List.of("a", "b")) {
            Locator box = page.locator("#c-who-" + side);
            assertThat(box).hasAttribute("list", "c-who-" + side + "-suggest");
            page.waitForFunction("() => typeof window.htmx === 'object'");
            box.pressSequentially(typed);
            Locator options = page.locator("datalist#c-who-" + side + "-suggest option");
            assertThat(options.first())
                .isAttached(new LocatorAssertions.IsAttachedOptions().setTimeout(30_000));
            String values =
                String.valueOf(
                    options.evaluateAll("os => os.map(o => o.value + ' ' + o.textContent)"));
            assertTrue(values.contains(UiFixture.NAME), side + " " + lang + ": " + values);
            // the same names the chronology's actor box is offered
            String chronology =
                page.context()
                    .request()
                    .get(url("/actors/suggest?who=" + encode(typed) + "&lang=" + lang))
                    .text();
            assertEquals(
                options.count(),
                chronology.split("<option ", -1).length - 1,
                "as many as the chronology's box");
          }
          assertEquals(List.of(), policyViolations(page), lang);
          assertEquals(List.of(), axe(page, axeSource()), lang + " " + width);
          Chromium.shot(page, "12-52-compare-suggest-" + width + "-" + lang + ".png", false);
        }
      }
    }
    // Without JavaScript the form is a plain form: the names typed open the comparison.
    try (BrowserContext c = underPolicy(1366, 900, false)) {
      Page page = c.newPage();
      for (String lang : LANGS) {
        boolean en = lang.equals("en");
        page.navigate(url("/compare?lang=" + lang));
        page.locator("#c-who-a").fill(UiFixture.NAME);
        page.locator("#c-who-b").fill("9999999-nobody");
        leaving(page, () -> page.locator("form.compare-pick button[type=submit]").click());
        String text = page.locator("main").innerText();
        assertTrue(
            text.contains(en ? "No actor is called" : "لا يوجد فاعل")
                || text.contains(en ? "No other actor is called" : "لا فاعل آخر"),
            text);
        assertTrue(page.url().contains("who1=") && page.url().contains("who2="), page.url());
      }
    }
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
