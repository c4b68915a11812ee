package org.chronology.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.chronology.event.ManyEvents;
import org.junit.jupiter.api.Test;

/**
 * Rough spots of the walk of issue #12, in Debian's Chromium at 1366 and 390 px, Arabic and
 * English, with no serious axe-core violation: the year strip's bars carried their tooltip as
 * {@code xlink:title}, which no browser shows; an article pasted into the upload form was listed
 * and shown under the name made from its hash ("upload-3f2a….txt"); the upload form's publication
 * date showed the browser's own order (mm/dd/yyyy in an English browser) with nothing to say which
 * day it was; the time axis with actors as lanes counted the undated events it leaves out by
 * inclusion–exclusion for up to four lanes and, past four, reported the archive's. Screenshots
 * under {@code target/screenshots/12-70-*}.
 */
@QuarkusTest
class WalkSeventyBrowserTest extends UiBrowserTest {

  private static final int[] WIDTHS = {390, 1366};
  private static final List<String> LANGS = List.of("en", "ar");

  @Test
  @SuppressWarnings("unchecked")
  void eachBarOfTheYearStripHasATooltipTheBrowserShows() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (int width : WIDTHS) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = c.newPage();
        for (String lang : LANGS) {
          String where = width + " " + lang + ": ";
          page.navigate(url("/?lang=" + lang));
          List<Map<String, Object>> bars =
              (List<Map<String, Object>>)
                  page.evaluate(
                      "() => [...document.querySelectorAll('svg.strip a.bar')].map(a => ({"
                          + " tip: a.firstElementChild && a.firstElementChild.localName === 'title'"
                          + " ? a.firstElementChild.textContent : null,"
                          + " titles: a.querySelectorAll('title').length,"
                          + " xlink: a.hasAttributeNS('http://www.w3.org/1999/xlink', 'title'),"
                          + " year: a.dataset.year }))");
          assertFalse(bars.isEmpty(), where + "a strip");
          for (Map<String, Object> b : bars) {
            String w = where + b + ": ";
            String tip = (String) b.get("tip");
            // a <title> child, the tooltip Chromium, Firefox and Safari show on hover
            assertTrue(tip != null && tip.startsWith(label(lang, b.get("year"))), w + "tooltip");
            assertEquals(1, ((Number) b.get("titles")).intValue(), w + "one title");
            assertEquals(Boolean.FALSE, b.get("xlink"), w + "no xlink:title");
          }
          // the bar's accessible name is its tooltip, as its aria-label was
          String tip = (String) bars.get(0).get("tip");
          assertThat(
                  page.getByRole(
                      AriaRole.LINK, new Page.GetByRoleOptions().setName(tip).setExact(true)))
              .hasCount(1);
          checked(page, axeSource, failures, where, "12-70-strip-" + width + "-" + lang + ".png");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** A year as the strip writes it in the language (Arabic: Western digits by default). */
  private static String label(String lang, Object year) {
    return String.valueOf(year);
  }

  @Test
  void aPastedArticleIsNamedByItsFirstLine() throws Exception {
    // A pasted text whose first line is a whole paragraph: no headline the header reader takes.
    String first =
        "قال وزير الخارجية في مؤتمر صحفي عقده في العاصمة بعد ظهر اليوم إن المحادثات التي جرت"
            + " بين الوفدين تناولت سبل توسيع التعاون في مجالات الطاقة والنقل والزراعة والتعليم"
            + " والسياحة، وإن الجانبين اتفقا على مواصلة المشاورات خلال الأشهر المقبلة";
    String text =
        first
            + ".\n\nوأضاف أن الزيارة المقبلة ستكون في الربيع، وأن الوفد سيضم وزراء الطاقة"
            + " والنقل والزراعة، وأن اللجنة المشتركة ستعقد اجتماعها الدوري قبل ذلك لإعداد"
            + " الاتفاقات التي ستوقع خلال الزيارة، ومنها اتفاق للتعاون الجمركي وآخر للنقل الجوي. "
            + UUID.randomUUID();
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    String article = null;
    for (int width : WIDTHS) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = editor(c, "walk70");
        if (article == null) {
          page.navigate(url("/articles/new?lang=en"));
          page.locator("#text").fill(text);
          page.locator("form.stacked button[type=submit]").click();
          page.waitForURL(u -> u.matches(".*/articles/\\d+.*"));
          article = page.url().replaceAll(".*/articles/(\\d+).*", "$1");
        }
        for (String lang : LANGS) {
          String where = width + " " + lang + ": ";
          page.navigate(url("/articles/" + article + "?lang=" + lang));
          String h1 = page.locator("#article-title").innerText().strip();
          // its first words, cut at a word with an ellipsis: never the name made from its hash
          assertFalse(h1.contains("upload-"), where + h1);
          assertTrue(h1.endsWith("…"), where + h1);
          assertTrue(h1.length() <= 91, where + h1);
          assertTrue(first.startsWith(h1.substring(0, h1.length() - 1)), where + h1);
          assertFalse(page.title().contains("upload-"), where + page.title());
          assertFalse(page.locator("dl.facts").innerText().contains("upload-"), where + "file");
          checked(
              page,
              axeSource,
              failures,
              where,
              "12-70-pasted-article-" + width + "-" + lang + ".png");
          // the list of articles, the article editor's heading
          page.navigate(url("/articles?lang=" + lang));
          assertThat(page.locator("a[href='/articles/" + article + "']")).hasText(h1);
          page.navigate(url("/articles/" + article + "/edit?lang=" + lang));
          assertFalse(page.locator("h1").innerText().contains("upload-"), where + "editor");
          assertFalse(page.title().contains("upload-"), where + page.title());
          checked(
              page,
              axeSource,
              failures,
              where,
              "12-70-pasted-editor-" + width + "-" + lang + ".png");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  @Test
  void theUploadFormSaysThePublicationDayInWords() throws Exception {
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (int width : WIDTHS) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = editor(c, "walk70");
        for (String lang : LANGS) {
          String where = width + " " + lang + ": ";
          boolean en = lang.equals("en");
          page.navigate(url("/articles/new?lang=" + lang));
          // the hint, tied to the box, says the order is the browser's and the day is written here
          assertThat(page.locator("#published-hint")).isVisible();
          String described = page.getAttribute("#published", "aria-describedby");
          assertTrue(described.contains("published-hint"), where + described);
          assertTrue(described.contains("published-day"), where + described);
          // 3 April 2021, which 04/03/2021 and 03/04/2021 both write in some browser
          page.locator("#published").fill("2021-04-03");
          String day = en ? "3 April 2021" : "3 نيسان/أبريل 2021";
          assertThat(page.locator("#published-day")).hasText(day);
          checked(
              page, axeSource, failures, where, "12-70-upload-date-" + width + "-" + lang + ".png");
          // a day the box cannot hold (a browser without a date box): the server says how to write
          // it, and a sent day comes back written in words
          page.evaluate(
              "() => { const b = document.querySelector('#published'); b.type = 'text';"
                  + " b.value = '04/03/2021'; }");
          page.locator("#text").fill("نص قصير للتجربة " + UUID.randomUUID());
          leaving(page, () -> page.locator("form.stacked button[type=submit]").click());
          assertThat(page.locator("#published-error"))
              .containsText(en ? "written like 2023-07-13" : "2023-07-13");
          assertEquals("true", page.getAttribute("#published", "aria-invalid"), where);
          assertTrue(
              page.getAttribute("#published", "aria-describedby").contains("published-error"),
              where);
          page.locator("#published").fill("2021-04-03");
          page.locator("#text").fill("");
          leaving(page, () -> page.locator("form.stacked button[type=submit]").click());
          // the form back (no text): the day sent, written in words by the server
          assertThat(page.locator("#published-day")).hasText(day);
          checked(
              page,
              axeSource,
              failures,
              where,
              "12-70-upload-date-error-" + width + "-" + lang + ".png");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * Found on the walk: the event editor's From and To and the article editor's publication date
   * showed the browser's order too (05/01/1987 in an English browser for 1 May 1987), with nothing
   * to say which day it was.
   */
  @Test
  void theEditorsDateBoxesSayTheirDayInWords() throws Exception {
    long event = fixture.eventIds().get(0);
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    for (int width : WIDTHS) {
      try (BrowserContext c = underPolicy(width, 900)) {
        Page page = editor(c, "walk70");
        for (String lang : LANGS) {
          String where = width + " " + lang + ": ";
          boolean en = lang.equals("en");
          page.navigate(url("/events/" + event + "/edit?lang=" + lang));
          // the fixture's first event: May 1987, its first and last day
          assertThat(page.locator("#dateStart-day"))
              .hasText(en ? "1 May 1987" : "1 أيار/مايو 1987");
          assertThat(page.locator("#dateEnd-day"))
              .hasText(en ? "31 May 1987" : "31 أيار/مايو 1987");
          assertTrue(page.getAttribute("#dateStart", "aria-describedby").contains("dateStart-day"));
          page.locator("#dateEnd").fill("1987-06-04");
          assertThat(page.locator("#dateEnd-day"))
              .hasText(en ? "4 June 1987" : "4 حزيران/يونيو 1987");
          checked(
              page,
              axeSource,
              failures,
              where,
              "12-70-event-editor-dates-" + width + "-" + lang + ".png");
          page.navigate(url("/articles/" + fixture.articleId() + "/edit?lang=" + lang));
          page.locator("#publishedOn").fill("2021-04-03");
          assertThat(page.locator("#publishedOn-day"))
              .hasText(en ? "3 April 2021" : "3 نيسان/أبريل 2021");
          checked(
              page,
              axeSource,
              failures,
              where,
              "12-70-article-editor-date-" + width + "-" + lang + ".png");
        }
      }
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /** The title of the meetings {@link #lanes} writes. */
  private static final String MEETING = "لقاء سبعيني";

  /**
   * Six actors (A … F), each with a dated event in the 1950s; undated: two of A alone, one of B
   * alone, one of A and B, one of C, D, E and F together, one of F alone. Any of A and B: 4; any of
   * the six: 6.
   */
  private static ManyEvents.Lanes lanes() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              var em = Panache.getEntityManager();
              List<Long> actors = new ArrayList<>();
              String[] names = {"أول", "ثان", "ثالث", "رابع", "خامس", "سادس"};
              for (String n : names) {
                actors.add(ManyEvents.newActor(em, "person", "فاعل سبعيني " + n));
              }
              List<Long> events = new ArrayList<>();
              for (int i = 0; i < actors.size(); i++) {
                events.add(
                    ManyEvents.meeting(
                        em, MEETING, "195" + i + "-03-0" + (i + 1), List.of(actors.get(i))));
              }
              long a = actors.get(0);
              long b = actors.get(1);
              events.add(ManyEvents.meeting(em, MEETING, null, List.of(a)));
              events.add(ManyEvents.meeting(em, MEETING, null, List.of(a)));
              events.add(ManyEvents.meeting(em, MEETING, null, List.of(b)));
              events.add(ManyEvents.meeting(em, MEETING, null, List.of(a, b)));
              events.add(ManyEvents.meeting(em, MEETING, null, actors.subList(2, 6)));
              events.add(ManyEvents.meeting(em, MEETING, null, List.of(actors.get(5))));
              return new ManyEvents.Lanes(actors, events);
            });
  }

  /**
   * Six lanes: past four the axis said the archive's undated events (the sum over subsets grew as
   * 2^n - 1 counts), and the chronology with several actors said the page's own, those of all of
   * them; it says those of any of them, in the sentence under the axis, readable at 390 px.
   */
  @Test
  void withSixActorLanesTheAxisSaysTheirUndatedEvents() throws Exception {
    ManyEvents.Lanes l = lanes();
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    try {
      String six =
          "/?" + l.actors().stream().map(a -> "actor=" + a).collect(Collectors.joining("&"));
      for (int width : WIDTHS) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = c.newPage();
          for (String lang : LANGS) {
            String where = width + " " + lang + ": ";
            boolean en = lang.equals("en");
            page.navigate(url(six + "&lang=" + lang));
            assertThat(page.locator("#axis .ax-lane")).hasCount(6);
            assertThat(page.locator("#axis .ax-lane a.ax-mark")).hasCount(6);
            assertThat(page.locator("#axis .axis-count"))
                .containsText(en ? "6 events with an unknown date" : "6 أحداث بلا تاريخ معروف");
            // the sentence on its own lines under the axis, not over the lanes
            Boolean below =
                (Boolean)
                    page.evaluate(
                        "() => document.querySelector('#axis .axis-count').getBoundingClientRect()"
                            + ".top >= document.querySelector('#axis svg.time-axis')"
                            + ".getBoundingClientRect().bottom");
            assertEquals(Boolean.TRUE, below, where);
            checked(
                page,
                axeSource,
                failures,
                where,
                "12-70-undated-six-" + width + "-" + lang + ".png");
          }
        }
      }
    } finally {
      ManyEvents.remove(l.events(), l.actors());
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }

  /**
   * The comparison of A and B says 4 undated events (two of A, one of B, one of both counted once),
   * as the sum over subsets did, with one count instead of three: the axis alone (as js/axis.js
   * asks for it), nothing cached, costs two statements fewer than it did.
   */
  @Test
  void theComparisonCountsItsActorsUndatedEventsInOneQuery() throws Exception {
    ManyEvents.Lanes l = lanes();
    String axeSource = axeSource();
    List<String> failures = new ArrayList<>();
    try {
      String two = "/compare?a=" + l.actors().get(0) + "&b=" + l.actors().get(1);
      for (int width : WIDTHS) {
        try (BrowserContext c = underPolicy(width, 900)) {
          Page page = c.newPage();
          for (String lang : LANGS) {
            String where = width + " " + lang + ": ";
            boolean en = lang.equals("en");
            page.navigate(url(two + "&lang=" + lang));
            assertThat(page.locator("#axis .axis-count"))
                .containsText(en ? "4 events with an unknown date" : "4 أحداث بلا تاريخ معروف");
            checked(
                page,
                axeSource,
                failures,
                where,
                "12-70-undated-two-" + width + "-" + lang + ".png");
          }
        }
      }
      org.hibernate.stat.Statistics stats = ManyEvents.statistics();
      long fewest = Long.MAX_VALUE;
      for (int i = 0; i < 3; i++) {
        io.quarkus.arc.Arc.container()
            .instance(org.chronology.event.query.QueryCache.class)
            .get()
            .clear();
        stats.clear();
        io.restassured.RestAssured.given()
            .header("HX-Request", "true")
            .header("HX-Target", "axis")
            .get(two + "&lang=en")
            .then()
            .statusCode(200)
            .body(org.hamcrest.Matchers.containsString("4 events with an unknown date"));
        fewest = Math.min(fewest, stats.getPrepareStatementCount());
      }
      // The actors, the newest of each lane's events (two), the undated of any of them (was
      // three: each one's and both's), the window's events and their lanes, with the public
      // read's timeout and the data version.
      assertTrue(fewest <= 9, "the comparison's axis uses " + fewest + " statements");
    } finally {
      ManyEvents.remove(l.events(), l.actors());
    }
    assertTrue(failures.isEmpty(), String.join("\n", failures));
  }
}
