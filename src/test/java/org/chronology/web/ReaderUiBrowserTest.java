package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.chronology.account.AccountService;
import org.chronology.event.web.ChronologyPage;
import org.junit.jupiter.api.Test;

/**
 * Issue #12 as a new reader meets it, in Debian's Chromium at 1366 px and 390 px, in Arabic and
 * English: the first event on the first screen, an actor typed by name and applied with Enter,
 * clean URLs, the year strip showing the chosen year on a phone, and an axe-core check of the main
 * pages (zero serious or critical violations); all under the site's Content-Security-Policy, where
 * anything blocked or logged as an error fails the test. Screenshots under {@code
 * target/screenshots/}.
 */
@QuarkusTest
class ReaderUiBrowserTest extends UiBrowserTest {

  static final int[][] SCREENS = {{1366, 900}, {390, 844}};

  /**
   * Under the site's policy: anything it blocks, or an error in the console, fails the test.
   * Without axe-core, for the cases that run no axe-core check ({@link #withAxe} for those that
   * do).
   */
  private PolicyContext context(int width, int height, boolean js) {
    return watchedWithoutAxe(width, height, js);
  }

  /** {@link #context}, with axe-core in its pages. */
  private PolicyContext withAxe(int width, int height, boolean js) {
    return watched(width, height, js);
  }

  private static void viewShot(Page page, String name) {
    Chromium.shot(page, name, false);
  }

  private static int pageWidth(Page page) {
    return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
  }

  @Test
  void theFirstEventIsOnTheFirstScreenOnDesktopAndPhone() {
    for (int[] s : SCREENS) {
      for (String lang : List.of("ar", "en")) {
        try (PolicyContext c = context(s[0], s[1], true)) {
          Page page = c.newPage();
          for (String path :
              List.of("/?lang=" + lang, "/?lang=" + lang + "&year=" + UiFixture.YEAR)) {
            page.navigate(url(path));
            Locator first = page.locator("#results article.event").first();
            // The cards' list items skip their layout while off screen (content-visibility: auto);
            // the browser decides that with the first frame, which can come after the load event.
            first.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            BoundingBox box = first.boundingBox();
            assertNotNull(box, "an event is shown on " + path);
            assertTrue(
                box.y >= 0 && box.y + box.height <= s[1],
                "the first event fits in the "
                    + s[0]
                    + "×"
                    + s[1]
                    + " viewport on "
                    + path
                    + ": top "
                    + box.y
                    + ", height "
                    + box.height);
            assertTrue(pageWidth(page) <= s[0], "no sideways scroll at " + s[0] + " px");
            // The rest of the filters are behind a closed disclosure until one of them is used.
            assertFalse(
                (Boolean) page.evaluate("document.querySelector('details.more').open"),
                "the disclosure starts closed");
          }
          viewShot(page, "12-1-first-screen-" + s[0] + "-" + lang + ".png");
        }
      }
    }
  }

  /**
   * Every piece of text on the first screen, as a list of "size weight tag.class" for the text that
   * is off the type scale (px at a 16 px rem: .9, 1, 1.3 rem; 1.08 and 1.6 rem were dropped from it
   * to make fewer strikes before the first paint, FirstScreenFontStrikesBrowserTest) or bold at a
   * size other than the two bold steps (1 and 1.3 rem). Until the web fonts arrive each (size,
   * weight) is a font instance Chromium asks the browser process for, with a blocking call, before
   * the first paint. SVG text is left out (the axis's labels are sized for its drawing;
   * FirstScreenFontStrikesBrowserTest counts the year strip's).
   */
  static final String OFF_SCALE =
      "() => { const all = [14.4, 16, 20.8], bold = [16, 20.8];"
          + " const near = (xs, v) => xs.some(x => Math.abs(x - v) < .05); const out = new Set();"
          + " for (const el of document.querySelectorAll('body *')) {"
          + " if (el.closest('svg') || el.closest('.sr-only')) continue;"
          + " if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;"
          + " const r = el.getBoundingClientRect();"
          + " if (r.width === 0 || r.height === 0 || r.top >= innerHeight || r.bottom <= 0) continue;"
          + " const cs = getComputedStyle(el); if (cs.visibility === 'hidden') continue;"
          + " const size = parseFloat(cs.fontSize), heavy = +cs.fontWeight >= 600;"
          + " if (!near(all, size) || (heavy && !near(bold, size)))"
          + " out.add(size + 'px ' + cs.fontWeight + ' ' + el.tagName.toLowerCase()"
          + " + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '')); }"
          + " return [...out]; }";

  @Test
  void theFirstScreenKeepsToTheTypeScale() {
    List<String> failures = new ArrayList<>();
    for (int[] s : SCREENS) {
      for (String lang : List.of("ar", "en")) {
        try (PolicyContext c = context(s[0], s[1], true)) {
          Page page = c.newPage();
          InFlight inFlight = new InFlight(page);
          for (String path :
              List.of(
                  "/",
                  "/?year=" + UiFixture.YEAR,
                  "/events/" + fixture.eventIds().get(0),
                  "/actors/" + fixture.actorId(),
                  "/story")) {
            page.navigate(url(path + (path.contains("?") ? "&" : "?") + "lang=" + lang));
            // What is on the first screen depends on the layout: measured once it is final (the web
            // font named, htmx and anything it brings in, the frames laid out), not as the load
            // event happened to find it on this machine.
            settled(page, inFlight);
            @SuppressWarnings("unchecked")
            List<String> off = (List<String>) page.evaluate(OFF_SCALE);
            for (String o : off) {
              failures.add(s[0] + "px " + lang + " " + path + ": " + o);
            }
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), "text off the type scale: " + String.join("; ", failures));
  }

  @Test
  void openingMoreFiltersBringsTheArticleChoices() {
    try (PolicyContext c = context(1366, 900, true)) {
      Page page = c.newPage();
      page.navigate(url("/?lang=en"));
      String option = "#f-article option[value='" + fixture.articleId() + "']";
      assertEquals(0, page.locator(option).count(), "no article option before opening");
      page.locator("details.more > summary").click();
      page.waitForSelector(
          option,
          new Page.WaitForSelectorOptions()
              .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
      // Choosing applies the filter at once (the form's change trigger); a click on the button
      // while that request is out would have htmx abort it (hx-sync replace), logging errors.
      page.locator("#f-article").selectOption(String.valueOf(fixture.articleId()));
      page.waitForURL(Pattern.compile(".*article=" + fixture.articleId() + ".*"));
      assertClean(page.url());
    }
    // Without JavaScript the opened disclosure's link brings the page with the fields, open.
    try (PolicyContext c = context(390, 844, false)) {
      Page page = c.newPage();
      page.navigate(url("/?lang=ar"));
      assertEquals(0, page.locator("#f-status").count(), "no fields before opening");
      page.locator("details.more > summary").click();
      page.locator("details.more a.more-link").click();
      page.waitForURL(Pattern.compile(".*more=1.*"));
      assertThat(page.locator("#f-status")).isVisible(); // the fields are shown
      page.locator("#f-status").selectOption("planned");
      page.locator(".filters button[type=submit]").click();
      page.waitForURL(Pattern.compile(".*status=planned.*"));
      assertClean(page.url());
      assertFalse(page.url().contains("more="), "the link's parameter is not a filter");
    }
  }

  @Test
  void typingAnActorsNameAndPressingEnterAppliesTheFilterWithACleanUrl() {
    // With JavaScript: suggestions under the box, Enter applies, no empty parameter in the URL.
    try (PolicyContext c = context(1366, 900, true)) {
      Page page = c.newPage();
      page.navigate(url("/?lang=ar"));
      page.locator("#f-who").click();
      page.keyboard().type("جوزيف");
      page.waitForFunction("() => document.querySelectorAll('#actor-suggest option').length > 0");
      List<String> offered = new ArrayList<>();
      for (Locator o : page.locator("#actor-suggest option").all()) {
        offered.add(o.getAttribute("value"));
      }
      assertTrue(offered.contains(UiFixture.NAME), "the actor is suggested: " + offered);
      page.locator("#f-who").fill(UiFixture.ALIAS);
      page.keyboard().press("Enter");
      page.waitForURL(Pattern.compile(".*actor=" + fixture.actorId() + ".*"));
      assertClean(page.url());
      // the actor's two events, swapped in by htmx (or a page loaded, htmx not there yet)
      assertThat(page.locator("#results article.event")).hasCount(2);
      viewShot(page, "12-3-actor-enter-1366-ar.png");
    }
    // Without JavaScript: the form's GET resolves the typed name on the server.
    for (int[] s : SCREENS) {
      try (PolicyContext c = context(s[0], s[1], false)) {
        Page page = c.newPage();
        page.navigate(url("/?lang=en"));
        page.locator("#f-who").fill(UiFixture.ALIAS);
        page.locator("#f-who").press("Enter");
        page.waitForURL(Pattern.compile(".*actor=" + fixture.actorId() + ".*"));
        assertClean(page.url());
        assertEquals(2, page.locator("#results article.event").count());
        viewShot(page, "12-3-actor-nojs-" + s[0] + "-en.png");
      }
    }
  }

  @Test
  void whatTheReaderDidBeforeHtmxArrivedIsNotLost() {
    // htmx comes after the first paint: the test holds it, acts, then lets it come.
    for (String step : List.of("type", "choose")) {
      try (PolicyContext c = context(1366, 900, true)) {
        Page page = c.newPage();
        List<Route> held = new CopyOnWriteArrayList<>();
        page.route("**/htmx.min.js", held::add);
        page.navigate(url("/?lang=ar"));
        page.waitForCondition(() -> !held.isEmpty());
        String type = page.locator("#f-type option").nth(1).getAttribute("value");
        if (step.equals("type")) {
          page.locator("#f-who").click();
          page.keyboard().type("جوزيف");
        } else {
          page.locator("#f-type").selectOption(type);
        }
        assertEquals(0, page.locator("#actor-suggest option").count(), "nothing before htmx");
        assertFalse(page.url().contains("type="), "nothing applied before htmx: " + page.url());
        held.forEach(Route::resume);
        if (step.equals("type")) {
          page.waitForFunction(
              "() => document.querySelectorAll('#actor-suggest option').length > 0");
          assertTrue(
              page.locator("#actor-suggest option").all().stream()
                  .anyMatch(o -> UiFixture.NAME.equals(o.getAttribute("value"))),
              "the name typed before htmx came is suggested");
        } else {
          page.waitForURL(Pattern.compile(".*type=" + type + ".*"));
          assertClean(page.url());
        }
      }
    }
  }

  private static void assertClean(String url) {
    String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
    for (String p : query.split("&")) {
      assertFalse(p.endsWith("="), "no empty parameter in " + url);
    }
    assertFalse(query.contains("who="), "the typed name became an actor id: " + url);
  }

  @Test
  void onAPhoneTheChosenYearIsInViewAndThePageNeverScrollsSideways() {
    for (String lang : List.of("ar", "en")) {
      try (PolicyContext c = context(390, 844, true)) {
        Page page = c.newPage();
        page.navigate(url("/?lang=" + lang + "&year=" + UiFixture.YEAR));
        assertTrue(pageWidth(page) <= 390, "no sideways scroll of the page");
        Locator bar = page.locator("svg.strip a.bar.selected");
        page.waitForFunction(
            "() => { const w = document.querySelector('.strip-wrap').getBoundingClientRect();"
                + " const b = document.querySelector('svg.strip a.bar.selected')"
                + ".getBoundingClientRect(); return b.left >= w.left && b.right <= w.right; }");
        BoundingBox b = bar.boundingBox();
        assertTrue(b.x >= 0 && b.x + b.width <= 390, "the selected year is on screen: " + b.x);
        viewShot(page, "12-4-strip-390-" + lang + ".png");
      }
    }
  }

  /** The ids of the event cards in the list, in reading order. */
  @SuppressWarnings("unchecked")
  private static List<Long> cardIds(Page page) {
    return ((List<Object>)
            page.evaluate(
                "[...document.querySelectorAll('#results article.event .title a')]"
                    + ".map(a => a.getAttribute('href').replace(/.*\\//, ''))"))
        .stream().map(o -> Long.valueOf(o.toString())).toList();
  }

  @Test
  void olderEventsAreAppendedInPlaceAndWithoutJavaScriptAreTheNextPage() throws Exception {
    int size = ChronologyPage.PAGE_SIZE;
    long total = Fetch.json("/api/events?size=1").getLong("total");
    assertTrue(total > size, "the corpus fills more than one page: " + total);
    List<Long> newest =
        Fetch.json("/api/events?size=" + 2 * size).getList("items.id", Object.class).stream()
            .map(o -> Long.valueOf(o.toString()))
            .toList();
    int two = (int) Math.min(2L * size, total);
    List<String> failures = new ArrayList<>();
    for (String lang : List.of("ar", "en")) {
      try (PolicyContext c = withAxe(1366, 900, true)) {
        Page page = c.newPage();
        page.navigate(url("/?lang=" + lang));
        // The page shows the API's events of the page, grouped by year and month (so not always in
        // the API's order within a month).
        assertEquals(
            Set.copyOf(newest.subList(0, size)), Set.copyOf(cardIds(page)), "the first page");
        assertEquals(size, cardIds(page).size());
        Locator more = page.locator("#results nav.pager a.more");
        assertTrue(more.getAttribute("href").contains("page=1"), "a link to the next page");
        // From the keyboard, without scrolling to it first: Enter appends the next page and moves
        // the focus to its first event.
        more.evaluate("a => a.focus({ preventScroll: true })");
        page.keyboard().press("Enter");
        page.waitForFunction(
            "n => document.querySelectorAll('#results article.event').length >= n", two);
        assertEquals(
            Set.copyOf(newest.subList(0, two)), Set.copyOf(cardIds(page)), "the next page follows");
        assertEquals(two, cardIds(page).size(), "no event twice");
        assertFalse(page.url().contains("page="), "the reader stays on the page: " + page.url());
        String focused = (String) page.evaluate("document.activeElement.getAttribute('href')");
        assertTrue(
            focused != null
                && focused.startsWith("/events/")
                && newest
                    .subList(size, two)
                    .contains(Long.valueOf(focused.substring("/events/".length()))),
            "the focus is on an event added: " + focused);
        @SuppressWarnings("unchecked")
        List<String> headings =
            (List<String>)
                page.evaluate(
                    "[...document.querySelectorAll('#results h2[id], #results h3[id]')]"
                        + ".map(h => h.id)");
        assertEquals(headings.size(), new java.util.HashSet<>(headings).size(), "no heading twice");
        if (lang.equals("en")) {
          assertTrue(
              page.locator("#results-count .showing").textContent().endsWith("–" + two),
              "the count says what is shown: " + page.locator("#results-count").textContent());
        }
        // Near the end of the list the next pages come by themselves, up to a hundred events.
        int auto = (int) Math.min(100, total);
        page.waitForFunction(
            "n => { window.scrollTo(0, document.body.scrollHeight);"
                + " return document.querySelectorAll('#results article.event').length >= n; }",
            auto,
            new Page.WaitForFunctionOptions().setPollingInterval(250));
        List<Long> all = cardIds(page);
        assertEquals(all.size(), new java.util.HashSet<>(all).size(), "no event twice");
        if (total <= 100) {
          assertEquals(total, all.size(), "every event");
          assertEquals(0, more.count(), "no link past the last page");
        }
        viewShot(page, "12-13-appended-1366-" + lang + ".png");
        for (String v : axe(page, axeSource())) {
          failures.add(lang + " / with pages appended: " + v);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
    // Without JavaScript the link is the next page.
    try (PolicyContext c = context(390, 844, false)) {
      Page page = c.newPage();
      page.navigate(url("/?lang=en"));
      assertEquals(size, cardIds(page).size());
      page.locator("#results nav.pager a.more").click();
      page.waitForURL(Pattern.compile(".*page=1.*"));
      assertEquals(Set.copyOf(newest.subList(size, two)), Set.copyOf(cardIds(page)), "page 2");
    }
  }

  @Test
  void theMainPagesHaveNoSeriousAccessibilityViolations() throws Exception {
    String axeSource = axeSource();
    String user = "a11y-" + UUID.randomUUID().toString().substring(0, 8);
    String password = "correct-horse-battery";
    Arc.container().instance(AccountService.class).get().create(user, password, false, "test");
    List<String> pages =
        List.of(
            "/",
            "/?year=2022",
            "/?year=" + UiFixture.YEAR,
            "/events/" + fixture.eventIds().get(0),
            "/actors/" + fixture.actorId(),
            "/articles/" + fixture.articleId(),
            "/login",
            "/events/" + fixture.eventIds().get(0) + "/history");
    List<String> failures = new ArrayList<>();
    for (String lang : List.of("ar", "en")) {
      try (PolicyContext c = withAxe(1366, 900, true)) {
        Page page = c.newPage();
        for (String p : pages) {
          page.navigate(url(p + (p.contains("?") ? "&" : "?") + "lang=" + lang));
          for (String v : axe(page, axeSource)) {
            failures.add(lang + " " + p + ": " + v);
          }
        }
        // An editor's page, signed in.
        page.navigate(url("/login"));
        page.locator("#j_username").fill(user);
        page.locator("#j_password").fill(password);
        leaving(
            page,
            () -> page.locator("form[action='/j_security_check'] button[type=submit]").click());
        String edit = "/events/" + fixture.eventIds().get(0) + "/edit";
        page.navigate(url(edit));
        assertTrue(page.locator("form").count() > 0, "the editor's form is shown");
        for (String v : axe(page, axeSource)) {
          failures.add(lang + " " + edit + ": " + v);
        }
        viewShot(page, "12-10-editor-" + lang + ".png");

        // The actor editor, with a country name that several countries contain: the choices.
        String actorEdit = "/actors/" + fixture.actorId() + "/edit";
        page.navigate(url(actorEdit));
        page.locator("#office").fill("<b>مكتب</b> " + lang);
        page.locator("#country").fill("ا");
        leaving(page, () -> page.locator("#country").press("Enter"));
        page.locator("input[type=radio][name=countryPick]")
            .nth(1)
            .waitFor(
                new Locator.WaitForOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertTrue(
            page.locator("input[type=radio][name=countryPick]").count() > 1,
            "several countries offered");
        // No country is called "ا": their names contain it.
        assertEquals(
            lang.equals("en")
                ? "The actors whose names contain “ا”: pick one from the list"
                : "الفاعلون الذين تتضمن أسماؤهم «ا»: اختر واحداً من القائمة",
            page.locator("#country-error").innerText().strip());
        assertEquals("<b>مكتب</b> " + lang, page.locator("#office").inputValue(), "typed kept");
        for (String v : axe(page, axeSource)) {
          failures.add(lang + " " + actorEdit + " (choices): " + v);
        }
        viewShot(page, "12-11-actor-choices-" + lang + ".png");

        // Its CSRF cookie gone (expired, or the server restarted): the refusal page keeps the
        // input, and sending it again works.
        page.locator("input[type=radio][name=countryPick]").first().check();
        c.context().clearCookies(new BrowserContext.ClearCookiesOptions().setName("csrf-token"));
        leaving(page, () -> page.locator("form[action$='/edit'] button[type=submit]").click());
        assertThat(page.locator("#csrf-resend")).isVisible(); // the form is offered again
        assertTrue(
            page.locator("dl.typed").textContent().contains("<b>مكتب</b> " + lang),
            "what was typed is shown as text");
        for (String v : axe(page, axeSource)) {
          failures.add(lang + " CSRF page: " + v);
        }
        viewShot(page, "12-12-csrf-kept-" + lang + ".png");
        page.locator("#csrf-resend").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/edit\\?saved=1"));
        assertEquals("<b>مكتب</b> " + lang, page.locator("#office").inputValue(), "saved");
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
