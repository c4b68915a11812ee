package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The rough edges #12's last walk left, at 390 and 1366 px, in Arabic and English, under the site's
 * policy, axe-core finding nothing serious. Screenshots under {@code target/screenshots/12-68-*}.
 *
 * <ul>
 *   <li>The English editor's precision, role and kind lists wrote the codes ("day", "visitor",
 *       "person") where every other list says words ("Visit", "Happened"); so did the English actor
 *       page's "Kind: person". The values sent stay the codes; the Arabic words are unchanged.
 *   <li>The history offered "Restore the state after this revision" on the newest revision, whose
 *       after is the state the event is in: a button that can change nothing. Older revisions keep
 *       it, and every revision "Restore the state before it".
 *   <li>With a span active, the year strip's links added {@code year=} to {@code from}/{@code to}:
 *       the year's page then listed only the part of the year inside the span, the strip showing it
 *       as the year. A year picked in the strip replaces the span (and a pick begun on the axis,
 *       and the axis's zoom, which would show another time beside the year); the other filters
 *       stay. The axis's year and decade labels zoom the axis: they keep the span (drawn on it),
 *       and never add a year.
 *   <li>A bar of the year strip was four elements (a link, a {@code <title>}, a hit area, a label),
 *       with white space between them: now the link, its hit area and its label, the tooltip in the
 *       link's {@code xlink:title}, the accessible name its {@code aria-label} as before. (Since:
 *       its {@code <title>} again, without the white space: no browser shows an {@code
 *       xlink:title}.)
 * </ul>
 */
@QuarkusTest
class WalkSixtyEightBrowserTest extends UiBrowserTest {

  private static final int[] WIDTHS = {390, 1366};

  @SuppressWarnings("unchecked")
  private static List<String> options(Page page, String select) {
    return (List<String>)
        page.evaluate(
            "s => [...document.querySelectorAll(s + ' option')].filter(o => o.value)"
                + ".map(o => o.value + '=' + o.textContent.trim())",
            select);
  }

  @Test
  void theEnglishEditorsListsAndTheActorsKindSayWords() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    long event = fixture.eventIds().get(0);
    for (int width : WIDTHS) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = editor(c, "walk68");
        for (String lang : List.of("en", "ar")) {
          boolean en = lang.equals("en");
          String where = width + " " + lang + " ";
          page.navigate(url("/events/" + event + "/edit?lang=" + lang));
          List<String> precisions = options(page, "#datePrecision");
          assertTrue(precisions.contains(en ? "day=Day" : "day=يوم"), where + precisions);
          assertTrue(precisions.contains(en ? "year=Year" : "year=سنة"), where + precisions);
          for (String roles : List.of("#addRole", "#newActorRole", "select[id^=role-]")) {
            List<String> r = options(page, roles);
            assertTrue(r.contains(en ? "visitor=Visitor" : "visitor=زائر"), where + roles + r);
            assertTrue(r.contains(en ? "participant=Participant" : "participant=مشارك"), where + r);
          }
          List<String> kinds = options(page, "#newActorKind");
          assertTrue(kinds.contains(en ? "person=Person" : "person=شخص"), where + kinds);
          assertTrue(
              kinds.contains(en ? "organization=Organization" : "organization=مؤسسة"),
              where + kinds);
          if (en) {
            for (String list : List.of("#datePrecision", "#addRole", "#newActorKind")) {
              for (String o : options(page, list)) {
                String label = o.substring(o.indexOf('=') + 1);
                assertTrue(Character.isUpperCase(label.charAt(0)), where + list + ": a word, " + o);
              }
            }
          }
          checked(
              page,
              axeSource,
              failures,
              where + "editor",
              "12-68-lists-" + width + "-" + lang + ".png");

          page.navigate(url("/actors/" + fixture.actorId() + "?lang=" + lang));
          assertEquals(
              en ? "Person" : "شخص",
              page.locator("dl.facts dt:text-is('" + (en ? "Kind" : "النوع") + "') + dd")
                  .innerText()
                  .strip(),
              where + "the actor's kind");
          checked(
              page,
              axeSource,
              failures,
              where + "actor",
              "12-68-kind-" + width + "-" + lang + ".png");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theNewestRevisionOffersNoRestoreOfTheStateTheEventIsIn() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    long event = fixture.eventIds().get(0);
    String history = "/events/" + event + "/history";
    for (int width : WIDTHS) {
      try (BrowserContext c = underPolicy(width, 844)) {
        Page page = editor(c, "walk68");
        for (String lang : List.of("en", "ar")) {
          String where = width + " " + lang + " ";
          // two edits of the title: the newer one's after is the event as it is
          for (int i = 0; i < 2; i++) {
            page.navigate(url("/events/" + event + "/edit?lang=" + lang));
            String title = page.locator("#title").inputValue();
            page.locator("#title").fill(title.replaceAll(" · [a-z0-9 ]+$", "") + " · " + lang + i);
            page.locator("#edit-form button[type=submit]").first().click();
            page.waitForURL(Pattern.compile(".*saved=1.*"));
          }
          page.navigate(url(history + "?lang=" + lang));
          Locator revisions = page.locator("article.revision");
          assertTrue(revisions.count() >= 2, where + "two revisions at least");
          Locator newest = revisions.first();
          assertThat(newest.locator("button[name=to][value=after]")).hasCount(0);
          assertThat(newest.locator("button[name=to][value=before]")).hasCount(1);
          assertThat(revisions.nth(1).locator("button[name=to][value=after]")).hasCount(1);
          assertThat(revisions.nth(1).locator("button[name=to][value=before]")).hasCount(1);
          checked(
              page,
              axeSource,
              failures,
              where + "history",
              "12-68-history-" + width + "-" + lang + ".png");

          // the older revision's after is offered and restores it: the newest is then that one
          String restored = revisions.nth(1).locator("td.after").first().innerText().strip();
          leaving(page, () -> revisions.nth(1).locator("button[name=to][value=after]").click());
          assertThat(page.locator(".history [role=alert]")).hasCount(0);
          assertThat(page.locator("article.revision").first().locator("td.after").first())
              .hasText(restored);
          assertThat(
                  page.locator("article.revision").first().locator("button[name=to][value=after]"))
              .hasCount(0);
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** The query of a link, name by name (repeated names joined by commas). */
  private static Map<String, String> query(String href) {
    Map<String, String> out = new java.util.TreeMap<>();
    int q = href.indexOf('?');
    if (q < 0) {
      return out;
    }
    String query = href.substring(q + 1).replaceAll("#.*$", "");
    for (String p : query.split("&")) {
      String[] kv = p.split("=", 2);
      out.merge(kv[0], kv.length > 1 ? kv[1] : "", (a, b) -> a + "," + b);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<String> hrefs(Page page, String selector) {
    return (List<String>)
        page.evaluate(
            "s => [...document.querySelectorAll(s)].map(a => a.getAttribute('href'))", selector);
  }

  @Test
  void aYearPickedDuringASpanReplacesTheSpanAndTheAxisZoomKeepsIt() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    long actor = fixture.actorId();
    int year = UiFixture.YEAR;
    for (int width : WIDTHS) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = c.newPage();
        List<String> console = consoleErrors(page);
        for (String lang : List.of("ar", "en")) {
          String where = width + " " + lang + " ";
          // a span picked on the axis (March to July of the fixture's year): one of its two events
          page.navigate(
              url(
                  "/?zoom="
                      + year
                      + "&actor="
                      + actor
                      + "&from="
                      + year
                      + "-03-01&to="
                      + year
                      + "-07-31&lang="
                      + lang));
          assertThat(page.locator("#results article.event")).hasCount(1);
          List<String> bars = hrefs(page, "svg.strip a.bar");
          assertFalse(bars.isEmpty(), where + "a strip");
          for (String href : bars) {
            Map<String, String> q = query(href);
            assertEquals(
                List.of("actor", "year"),
                List.copyOf(q.keySet()),
                where + "a year replaces the span and the zoom, keeps the actor: " + href);
            assertEquals(String.valueOf(actor), q.get("actor"), where + href);
          }
          // the axis's year and decade labels (and its zoom out, a decade) zoom it, keeping the
          // span
          List<String> zooms = hrefs(page, "svg.time-axis a.ax-tick, .axis-zoom a");
          assertFalse(zooms.isEmpty(), where + "the axis's zoom links");
          for (String href : zooms) {
            Map<String, String> q = query(href);
            assertEquals(year + "-03-01", q.get("from"), where + href);
            assertEquals(year + "-07-31", q.get("to"), where + href);
            assertFalse(q.containsKey("year"), where + "no year beside the span: " + href);
          }
          failures.addAll(
              FirstVisit.problems(page, where + "span: ", width, lang, console, axeSource));
          console.clear();
          shot(page, "12-68-span-" + width + "-" + lang + ".png");

          // the year picked: all of its events, no span left in the chips or the date fields
          Locator bar = page.locator("svg.strip a.bar[data-year='" + year + "']");
          bar.scrollIntoViewIfNeeded();
          bar.click();
          page.waitForURL(Pattern.compile(".*year=" + year + ".*"));
          assertFalse(page.url().contains("from="), where + page.url());
          assertFalse(page.url().contains("to="), where + page.url());
          page.locator("h2#y-" + year).waitFor();
          assertThat(page.locator("#results article.event")).hasCount(2);
          assertEquals(
              0L,
              ((Number)
                      page.evaluate(
                          "() => [...document.querySelectorAll('input[name=from],"
                              + " input[name=to]')].filter(i => i.value).length"))
                  .longValue(),
              where + "no span left in the filters");
          assertThat(page.locator("svg.strip a.bar[aria-current=page]")).hasCount(1);
          failures.addAll(
              FirstVisit.problems(page, where + "year: ", width, lang, console, axeSource));
          console.clear();
          shot(page, "12-68-span-year-" + width + "-" + lang + ".png");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBarOfTheYearStripIsItsLinkHitAreaAndLabel() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (int width : WIDTHS) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = c.newPage();
        for (String lang : List.of("ar", "en")) {
          boolean en = lang.equals("en");
          String where = width + " " + lang + " ";
          for (String path : List.of("/", "/actors/" + fixture.actorId())) {
            page.navigate(url(path + "?lang=" + lang));
            List<Map<String, Object>> bars =
                (List<Map<String, Object>>)
                    page.evaluate(
                        "() => [...document.querySelectorAll('svg.strip a.bar')].map(a => ({"
                            + " nodes: a.childNodes.length,"
                            + " elements: [...a.querySelectorAll('*')].map(e => e.localName)"
                            + ".join(' '),"
                            + " name: a.querySelector('title').textContent,"
                            + " label: a.querySelector('text') ? a.querySelector('text')"
                            + ".textContent : null, year: a.dataset.year,"
                            + " href: a.getAttribute('href'),"
                            + " box: a.getBoundingClientRect().height }))");
            assertFalse(bars.isEmpty(), where + path + ": a strip");
            int labelled = 0;
            for (Map<String, Object> b : bars) {
              String w = where + path + " " + b + ": ";
              String elements = (String) b.get("elements");
              assertTrue(
                  elements.equals("title rect") || elements.equals("title rect text"),
                  w + "elements");
              assertEquals(
                  elements.equals("title rect") ? 2 : 3,
                  ((Number) b.get("nodes")).intValue(),
                  w + "no white space in a bar");
              String name = (String) b.get("name");
              assertTrue(
                  Pattern.compile(
                          en ? "\\d{4}: (\\d+ events?|no events)" : "[٠-٩0-9]{4}: .*(حدث|أحداث).*")
                      .matcher(name)
                      .matches(),
                  w + "its name");
              assertTrue(((String) b.get("href")).contains("year=" + b.get("year")), w);
              assertTrue(((Number) b.get("box")).doubleValue() > 40, w + "the hit area's height");
              if (b.get("label") != null) {
                labelled++;
                assertTrue(name.startsWith((String) b.get("label") + ":"), w + "its label");
              }
            }
            assertTrue(labelled > 0, where + path + ": labelled years");
            // Chromium's own accessible name of a bar: its <title>, also its tooltip
            Map<String, Object> first = bars.get(0);
            assertThat(
                    page.getByRole(
                        com.microsoft.playwright.options.AriaRole.LINK,
                        new Page.GetByRoleOptions()
                            .setName((String) first.get("name"))
                            .setExact(true)))
                .hasCount(1);
            checked(
                page,
                axeSource,
                failures,
                where + path,
                "12-68-strip-"
                    + (path.equals("/") ? "chronology" : "actor")
                    + "-"
                    + width
                    + "-"
                    + lang
                    + ".png");
          }
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
