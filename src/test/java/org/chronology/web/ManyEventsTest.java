package org.chronology.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.db.Sql;
import org.chronology.event.ManyEvents;
import org.chronology.event.query.QueryCache;
import org.chronology.event.web.ChronologyPage;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Ten thousand events over thirty years for one actor, ten for another: the chronology stays paged,
 * the strip covers every year, and every page costs the same number of statements for 10 and for
 * 10,000 events.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyEventsTest {

  private static final String PREFIX = "حدث للاختبار بالجملة رقم ";
  private static final int COUNT = 10_000;
  private static final int FEW = 10;
  private static final int PAGE = ChronologyPage.PAGE_SIZE;

  @Inject QueryCache cache;

  private long actorId;
  private long fewActorId;

  @BeforeAll
  void insert() {
    actorId = insert(COUNT, "هيئة الاختبار بالجملة");
    fewActorId = insert(FEW, "هيئة الاختبار القليلة");
  }

  private static long insert(int count, String name) {
    return Sql.call(
        em -> {
          long actor = ManyEvents.newActor(em, "organization", name);
          ManyEvents.insertSeries(
              em,
              "type, title, status, date_start, date_end, date_precision, search_text",
              "(array['visit','meeting','deal','diplomatic','incident','military','statement',"
                  + "'other'])[1 + g % 8], ?1 || g,"
                  + " (array['happened','planned','cancelled','reported'])[1 + g % 4],"
                  + " date '1995-01-01' + g * 10800 / ?2,"
                  + " date '1995-01-01' + g * 10800 / ?2 + g % 7,"
                  + " case when g % 7 = 0 then 'day' else 'week' end, ?1 || g",
              PREFIX,
              count,
              actor);
          return actor;
        });
  }

  @AfterAll
  void remove() {
    ManyEvents.removeByTitle(PREFIX, List.of(actorId, fewActorId));
  }

  private static int cards(String html) {
    Matcher m = Pattern.compile("<article class=\"event ").matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void theChronologyIsPagedAndTheStripCoversEveryYear() {
    String html = Fetch.text("/?actor=" + actorId);
    assertEquals(PAGE, cards(html), "one page of events");
    assertTrue(
        html.contains("rel=\"next\" href=\"/?actor=" + actorId + "&amp;page=1\"")
            || html.contains("rel=\"next\" href=\"/?page=1&amp;actor=" + actorId + "\""),
        "a link to older events");
    Set<String> years = barYears(html);
    assertTrue(years.size() >= 29, "a bar for every year with events: " + years.size());
    int lastPage = (COUNT - 1) / PAGE;
    String last = Fetch.text("/?actor=" + actorId + "&page=" + lastPage);
    assertEquals(COUNT - lastPage * PAGE, cards(last));
    String year = Fetch.text("/?actor=" + actorId + "&year=2005");
    int inYear =
        given()
            .get("/api/events?actor=" + actorId + "&year=2005")
            .then()
            .extract()
            .jsonPath()
            .getInt("total");
    assertEquals(Math.min(PAGE, inYear), cards(year), "one page of the year's events");
  }

  @Test
  void theActorPageShowsAPageOfEventsAndLinksToTheRest() {
    String html = Fetch.text("/actors/" + actorId);
    assertEquals(PAGE, cards(html), "as many events as a page of the chronology");
    assertTrue(html.contains("href=\"/?actor=" + actorId + "\""), "a link to all of them");
    assertEquals(FEW, cards(Fetch.text("/actors/" + fewActorId)), "all of a few");
  }

  /** A word of every test event's search text (PREFIX). */
  private static final String WORD = "&q=رقم";

  @Test
  void aSearchPastTheBoundSaysMoreThanWhileTheApiCountsExactly() {
    // The actor facet sits in "more filters", in the page only when asked for (more=1).
    String many = Fetch.text("/?lang=en&more=1&actor=" + actorId + WORD + "&counts=1");
    assertEquals(PAGE, cards(many), "one page of the matches");
    assertTrue(many.contains("Events: more than 1000"), "the page's count is bounded");
    assertTrue(
        many.contains("<legend>Actors in the newest 1000 matching events</legend>"),
        "the actor facet says what it counted");
    assertEquals(
        COUNT,
        Fetch.json("/api/events?size=1&actor=" + actorId + WORD).getLong("total"),
        "the API's total stays exact");
    // A page ending past the first 1000 matches: the bound is that page's end.
    int deepPage = 1100 / PAGE - 1;
    String deep =
        Fetch.text("/?lang=en&page=" + deepPage + "&actor=" + actorId + WORD + "&counts=1");
    assertEquals(PAGE, cards(deep));
    assertTrue(
        deep.contains("Events: more than " + (deepPage + 1) * PAGE),
        "the bound follows the page shown");
    String last = Fetch.text("/?lang=en&page=" + (COUNT / PAGE - 1) + "&actor=" + actorId + WORD);
    assertTrue(last.contains("Events: " + COUNT + " "), "counted to the end on the last page");
    String few = Fetch.text("/?lang=en&more=1&actor=" + fewActorId + WORD);
    assertEquals(FEW, cards(few));
    assertTrue(few.contains("Events: " + FEW + "<"), "a count under the bound is exact");
    assertTrue(!few.contains("more than") && few.contains("<legend>Actors</legend>"), "exact");
    assertTrue(
        Fetch.text("/?actor=" + actorId + WORD + "&counts=1").contains("عدد الأحداث: أكثر من 1000"),
        "in Arabic too");
  }

  /** The years the page's strip draws a bar for. */
  private static Set<String> barYears(String html) {
    Matcher bars = Pattern.compile("class=\"bar[^\"]*\" data-year=\"(\\d+)\"").matcher(html);
    Set<String> years = new java.util.HashSet<>();
    while (bars.find()) {
      years.add(bars.group(1));
    }
    return years;
  }

  @Test
  void aLargeSearchsCountsFollowItsFirstPage() {
    String first = Fetch.text("/?lang=en&actor=" + actorId + WORD);
    Matcher later =
        Pattern.compile("<p class=\"muted counts-later\" hx-get=\"([^\"]+)\"").matcher(first);
    assertTrue(later.find(), "the counts are asked for after the first page");
    String countsHref =
        java.net.URLDecoder.decode(
                later.group(1).replace("&amp;", "&"), java.nio.charset.StandardCharsets.UTF_8)
            // Links leave the language to its cookie.
            + "&lang=en";
    assertTrue(first.contains("<a href=\"" + later.group(1) + "\">"), "and linked without JS");
    assertEquals(PAGE, cards(first), "the first page");
    // Counted to the page's end only: the page says it is counting, not "more than 20".
    assertTrue(
        first.contains(
                "Events: <a class=\"count-link\" href=\"" + later.group(1) + "\">counting…</a>")
            && !first.contains("Events: more than"),
        "counting, before the counts");
    assertTrue(
        !Fetch.text("/?lang=en&more=1&actor=" + actorId + WORD)
            .contains("<legend>Actors in the newest"),
        "no actor counts yet");
    String eleventh = Fetch.text("/?lang=en&page=10&actor=" + actorId + WORD);
    assertTrue(
        eleventh.contains("Events: <a class=\"count-link\"") && eleventh.contains("counts-later"));
    assertTrue(barYears(first).isEmpty(), "no strip before the counts");
    assertTrue(!first.contains("id=\"axis\""), "no axis before the counts");
    assertTrue(
        Pattern.compile("<option value=\"visit\"[^>]*>[^<(]*</option>").matcher(first).find(),
        "type options without counts");

    assertTrue(
        Fetch.text(countsHref + "&more=1")
            .contains("<legend>Actors in the newest 1000 matching events</legend>"),
        "the actor facet of the counts, with more filters shown");
    for (String counts :
        List.of(
            Fetch.text(countsHref),
            given().header("HX-Request", "true").get(countsHref).then().extract().asString())) {
      assertTrue(!counts.contains("counts-later"), "the counts themselves");
      assertTrue(barYears(counts).size() >= 29, "a bar for every year: " + barYears(counts));
      assertTrue(counts.contains("id=\"axis\""), "the axis");
      assertEquals(PAGE, cards(counts), "with the same first page");
      assertTrue(counts.contains("Events: more than 1000 "), "counted as far as the bound");

      Matcher visits =
          Pattern.compile("<option value=\"visit\"[^>]*>[^<(]*\\(([\\d,]+)\\)").matcher(counts);
      assertTrue(visits.find(), "the type counts");
      assertEquals(
          Fetch.json("/api/events?size=1&type=visit&actor=" + actorId + WORD).getLong("total"),
          Long.parseLong(visits.group(1).replace(",", "")),
          "counted exactly");
    }
    String few = Fetch.text("/?lang=en&actor=" + fewActorId + WORD);
    assertTrue(
        !few.contains("counts-later") && !barYears(few).isEmpty(), "a few are counted at once");
  }

  /** Statements one request prepares, nothing cached beforehand. */
  private long statements(String url) {
    return ManyEvents.freshRequest(url).getPrepareStatementCount();
  }

  private long anEventOf(long actor) {
    return Fetch.json("/api/events?size=1&actor=" + actor).getLong("items[0].id");
  }

  @Test
  void statementsDoNotGrowWithTheEvents() {
    assertEquals(
        statements("/?size=1&actor=" + actorId), statements("/?size=500&actor=" + actorId));
    for (String page :
        List.of(
            "/?actor=%d",
            "/?actor=%d&year=1997",
            "/?actor=%d&type=visit&type=deal",
            "/api/events?actor=%d",
            "/api/events?actor=%d&year=1997",
            "/?actor=%d" + WORD,
            "/api/events?actor=%d" + WORD,
            "/actors/%d")) {
      // The time axis draws a few events one by one and many as counts per bucket, one statement
      // fewer: the count may drop with the archive's size, never grow.
      long few = statements(String.format(page, fewActorId));
      long many = statements(String.format(page, actorId));
      assertTrue(
          many <= few,
          page
              + ": statements for "
              + FEW
              + " and for "
              + COUNT
              + " events"
              + ": "
              + few
              + " then "
              + many);
    }
    assertEquals(
        statements("/events/" + anEventOf(fewActorId)),
        statements("/events/" + anEventOf(actorId)),
        "event page: statements for an actor with " + FEW + " and with " + COUNT + " events");
  }

  @Test
  void cachedPagesAreTheSameAsFreshOnes() {
    String url = "/?actor=" + actorId + "&year=2005";
    cache.clear();
    String fresh = Fetch.text(url);
    Statistics stats = ManyEvents.statistics();
    stats.clear();
    String cached = Fetch.text(url);
    assertEquals(fresh, cached);
    assertTrue(
        stats.getPrepareStatementCount() < statements(url),
        "the second reading costs fewer statements");
  }
}
