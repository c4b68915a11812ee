package org.chronology.event.view;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.db.Sql;
import org.chronology.event.ManyEvents;
import org.chronology.web.Fetch;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The time axis, the story view and comparing actors over real HTTP and the embedded PostgreSQL:
 * 700 events of one actor in one year (too many to draw one by one) and a second actor sharing some
 * of them.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimeAxisPagesTest {

  private static final String PREFIX = "حدث لاختبار المحور رقم ";
  private static final int COUNT = 700;

  /** Every seventh event is shared with the second actor. */
  private static final int SHARED_EVERY = 7;

  @Inject EntityManagerFactory emf;

  private long actor;
  private long other;

  @BeforeAll
  void insert() {
    long[] ids =
        Sql.call(
            em -> {
              long a = ManyEvents.newActor(em, "organization", "هيئة اختبار المحور");
              long b = ManyEvents.newActor(em, "organization", "لجنة اختبار المحور");
              // 700 events over 2001, about two a day; every fifth a week-long range.
              em.createNativeQuery(
                      "with ins as (insert into event (type, title, status, date_start,"
                          + " date_end, date_precision, date_approximate, search_text)"
                          + " select (array['visit','meeting','deal','diplomatic','incident',"
                          + "'military','statement','other'])[1 + g % 8], ?1 || g, 'happened',"
                          + " date '2001-01-01' + (g % 365),"
                          + " date '2001-01-01' + (g % 365) + case when g % 5 = 0 then 6 else 0 end,"
                          + " case when g % 5 = 0 then 'week' else 'day' end, g % 3 = 0, ?1 || g"
                          + " from generate_series(1, ?2) g returning id, title)"
                          + " insert into event_actor (event_id, actor_id, position)"
                          + " select id, ?3, 0 from ins union all select id, ?4, 1 from ins"
                          + " where cast(substring(title from length(?1) + 1) as int) % ?5 = 0")
                  .setParameter(1, PREFIX)
                  .setParameter(2, COUNT)
                  .setParameter(3, a)
                  .setParameter(4, b)
                  .setParameter(5, SHARED_EVERY)
                  .executeUpdate();
              return new long[] {a, b};
            });
    actor = ids[0];
    other = ids[1];
  }

  @AfterAll
  void remove() {
    ManyEvents.removeByTitle(PREFIX, List.of(actor, other));
  }

  private static List<Long> counts(String html) {
    Matcher m = Pattern.compile("<text class=\"n\"[^>]*>(\\d+)</text>").matcher(html);
    List<Long> out = new java.util.ArrayList<>();
    while (m.find()) {
      out.add(Long.parseLong(m.group(1)));
    }
    return out;
  }

  private static int marks(String html) {
    Matcher m = Pattern.compile("<a class=\"ax-mark ").matcher(html);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String get(String path) {
    return Fetch.text(path);
  }

  private int apiTotal(String query) {
    return given().get("/api/events?" + query).then().extract().jsonPath().getInt("total");
  }

  @Test
  void zoomedOutTheAxisCountsAndZoomedInItDrawsEvents() {
    // The decade holds 700 events: counts per year, one lane for the chosen actor.
    String decade = get("/?actor=" + actor);
    assertTrue(decade.contains("data-level=\"DECADE\""), "opens on the newest event's decade");
    assertEquals(0, marks(decade), "no event drawn one by one");
    assertEquals(List.of((long) COUNT), counts(decade));
    assertTrue(
        decade.contains("href=\"/?actor=" + actor + "&amp;zoom=2001#axis\"")
            || decade.contains("href=\"/?zoom=2001&amp;actor=" + actor + "#axis\""),
        "2001 zooms in, landing on the axis");
    // The year: still too many, counted per month, and the months add up to the API's total.
    String year = get("/?actor=" + actor + "&zoom=2001");
    assertEquals(0, marks(year));
    List<Long> months = counts(year);
    assertEquals(12, months.size());
    assertEquals(
        apiTotal("actor=" + actor + "&year=2001"),
        months.stream().mapToLong(Long::longValue).sum());
    // March: few enough to draw, each event once, ranges as bars, approximate ones hatched.
    String march = get("/?actor=" + actor + "&zoom=2001-03");
    int inMarch = apiTotal("actor=" + actor + "&from=2001-03-01&to=2001-03-31");
    assertEquals(inMarch, marks(march));
    assertTrue(march.contains("class=\"ax-mark t-"));
    assertTrue(march.contains(" bar"), "week-long events are bars");
    assertTrue(march.contains(" point"), "single days are points");
    assertTrue(march.contains("fill=\"url(#ax-hatch)\""), "approximate dates are hatched");
  }

  @Test
  void lanesAreTypesWithoutActorFiltersAndEveryTypeAddsUp() {
    String page = get("/actors/" + actor + "?zoom=2001");
    assertTrue(page.contains("class=\"ax-lane lane-0 t-"), "type lanes");
    long sum = counts(page).stream().mapToLong(Long::longValue).sum();
    assertEquals(COUNT, sum);
    String visits = get("/?actor=" + actor + "&type=visit&zoom=2001");
    // One type's events are few enough to be drawn, each once, in the actor's lane.
    assertEquals(apiTotal("actor=" + actor + "&type=visit"), marks(visits));
    assertEquals(0, counts(visits).size());
  }

  @Test
  void aYearOfManyEventsIsCountedByMonthSoTheAxisStaysTheSameSize() {
    // Three types: about 260 events in 2001, over the threshold: counts per month, no marks.
    String three = axis(get("/?actor=" + actor + "&type=visit&type=deal&type=meeting&zoom=2001"));
    int threeTotal = apiTotal("actor=" + actor + "&type=visit&type=deal&type=meeting&year=2001");
    assertTrue(threeTotal > TimeAxes.MAX_EVENTS, threeTotal + " events, over the threshold");
    assertEquals(0, marks(three));
    List<Long> months = counts(three);
    assertTrue(months.size() <= 12, "one count per month at most (one lane): " + months);
    assertEquals(threeTotal, months.stream().mapToLong(Long::longValue).sum());
    // Each count is a link into its month, so the keyboard reaches every month.
    Matcher cells = Pattern.compile("<a class=\"ax-cell\" href=\"([^\"]+)\"").matcher(three);
    int links = 0;
    while (cells.find()) {
      assertTrue(cells.group(1).matches(".*zoom=2001-\\d\\d.*"), cells.group(1));
      links++;
    }
    assertEquals(months.size(), links);
    // Every type: 700 events, more than twice as many, and the axis is no bigger for it.
    String all = axis(get("/?actor=" + actor + "&zoom=2001"));
    assertTrue(
        all.length() <= three.length() * 11 / 10,
        "axis of 700 events: " + all.length() + " bytes, of " + threeTotal + ": " + three.length());
  }

  /** The axis's section of a page. */
  private static String axis(String html) {
    int start = html.indexOf("<section id=\"axis\"");
    return html.substring(start, html.indexOf("</section>", start));
  }

  @Test
  void aSpanIsChosenWithTwoLinks() {
    String first = get("/?actor=" + actor + "&zoom=2001");
    assertTrue(first.contains("pick=2001-04-01"), "a link starts a span at April");
    String picked = get("/?actor=" + actor + "&zoom=2001&pick=2001-04-01");
    Matcher hrefs = Pattern.compile("class=\"ax-pick\" href=\"([^\"]+)\"").matcher(picked);
    boolean june = false;
    while (hrefs.find()) {
      String h = hrefs.group(1);
      june |= h.contains("from=2001-04-01") && h.contains("to=2001-06-30") && !h.contains("pick=");
    }
    assertTrue(june, "clicking June ends the span begun in April");
    assertTrue(picked.contains("class=\"ax-selection pending\""));
    given().get("/?zoom=2001&pick=April").then().statusCode(400).body(containsString("pick"));
  }

  @Test
  void badZoomIsA400NamingIt() {
    given().get("/?zoom=2001-13").then().statusCode(400).body(containsString("zoom"));
    given().get("/actors/" + actor + "?zoom=x").then().statusCode(400).body(containsString("zoom"));
  }

  @Test
  void theAxisCostsTheSameStatementsZoomedOutAndIn() {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    stats.clear();
    get("/?actor=" + actor + "&zoom=2001");
    long counted = stats.getPrepareStatementCount();
    stats.clear();
    get("/?actor=" + actor + "&zoom=2000");
    long empty = stats.getPrepareStatementCount();
    assertTrue(
        counted <= empty + 1,
        counted + " statements zoomed out vs " + empty + " for an empty year");
  }

  @Test
  void theStoryStepsThroughTheFilteredEventsInDateOrder() {
    int total = apiTotal("actor=" + other);
    assertEquals(COUNT / SHARED_EVERY, total);
    // The API lists newest first; the story reads oldest first, so step n is item total - n.
    List<String> newestFirst =
        given()
            .get("/api/events?actor=" + other + "&size=1000")
            .then()
            .extract()
            .jsonPath()
            .getList("items.title");
    String one = get("/story?actor=" + other);
    assertTrue(one.contains(newestFirst.get(total - 1) + "<"), "step 1 is the oldest");
    assertFalse(one.contains("rel=\"prev\""), "no previous at the first step");
    assertTrue(one.contains("i=2"), "a link to the second");
    String second = get("/story?actor=" + other + "&i=2");
    assertTrue(second.contains(newestFirst.get(total - 2) + "<"), "step 2 is the second oldest");
    assertTrue(second.contains("rel=\"prev\""));
    assertTrue(second.contains("<mark") || !second.contains("<blockquote"), "evidence is marked");
    String last = get("/story?actor=" + other + "&i=" + total);
    assertTrue(last.contains(newestFirst.get(0) + "<"));
    assertFalse(last.contains("rel=\"next\""), "no next at the last step");
    String beyond = get("/story?actor=" + other + "&i=" + (total + 50));
    assertTrue(beyond.contains(newestFirst.get(0) + "<"), "beyond the end shows the last");
    // 0 means the first step, a step beyond the end the last, each under its own address.
    given()
        .redirects()
        .follow(false)
        .get("/story?actor=" + other + "&i=0")
        .then()
        .statusCode(303)
        .header("Location", containsString("i=1"));
    given()
        .redirects()
        .follow(false)
        .get("/story?actor=" + other + "&i=" + (total + 50))
        .then()
        .statusCode(303)
        .header("Location", containsString("i=" + total));
    given().get("/story?i=x").then().statusCode(400);
  }

  @Test
  void twoActorsCompareOnTwoLanesWithTheirSharedEvents() {
    String page = get("/compare?a=" + actor + "&b=" + other + "&zoom=2001-03");
    assertTrue(page.contains("class=\"ax-lane lane-0\""));
    assertTrue(page.contains("class=\"ax-lane lane-1\""));
    int shared = apiTotal("actor=" + actor + "&actor=" + other);
    assertTrue(page.contains(String.valueOf(shared)), "the shared count");
    assertTrue(page.contains(" shared\""), "shared events are marked on the axis");
    int inMarch = apiTotal("actor=" + actor + "&from=2001-03-01&to=2001-03-31");
    int sharedInMarch =
        apiTotal("actor=" + actor + "&actor=" + other + "&from=2001-03-01&to=2001-03-31");
    assertEquals(inMarch + sharedInMarch, marks(page), "each event once in each of its lanes");
    given().get("/compare?a=" + actor + "&b=" + actor).then().statusCode(400);
    given().get("/compare?a=" + actor + "&b=987654321").then().statusCode(404);
  }

  /**
   * One actor only (a link from their page, or the second removed) asks for the other with the
   * first kept; the name typed leads to the comparison. A bad id stays a 400 or a 404.
   */
  @Test
  void oneActorAsksForTheOther() {
    for (String url :
        List.of("/compare?a=" + actor, "/compare?a=" + actor + "&b=", "/compare?b=" + actor)) {
      String page = get(url + "&lang=en");
      assertTrue(page.contains("Compare هيئة اختبار المحور with another actor"), url + ": " + page);
      assertTrue(page.contains("name=\"a\" value=\"" + actor + "\""), "the first is kept: " + page);
      assertTrue(page.contains("name=\"who\""), "the other is asked for: " + page);
    }
    String found =
        given()
            .redirects()
            .follow(false)
            .get("/compare?a=" + actor + "&who=اختبار المحور")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertTrue(found.endsWith("/compare?a=" + actor + "&b=" + other), found);
    String none = get("/compare?a=" + actor + "&who=هيئة اختبار المحور&lang=en");
    assertTrue(none.contains("No other actor is called “هيئة اختبار المحور”."), none);
    assertTrue(get("/compare?a=" + actor).contains("قارن هيئة اختبار المحور بفاعل آخر"));
    given().get("/compare?a=x").then().statusCode(400).body(containsString("a"));
    given().get("/compare?b=x").then().statusCode(400).body(containsString("b"));
    given().get("/compare?a=987654321").then().statusCode(404);
    // Neither actor: two names to fill, not a 400 about "a".
    String both = get("/compare?lang=en");
    assertTrue(both.contains("name=\"who1\"") && both.contains("name=\"who2\""), both);
  }

  @Test
  void theActorPageListsCoActorsWithCountsAndTheirYears() {
    String page = get("/actors/" + other);
    assertTrue(page.contains("href=\"/actors/" + actor + "\""), "the co-actor is linked");
    int shared = apiTotal("actor=" + actor + "&actor=" + other);
    assertTrue(page.contains(shared + " "), "with the count of shared events");
    assertTrue(page.contains("href=\"/compare?a=" + other + "&amp;b=" + actor + "\""));
    assertTrue(page.contains("<svg class=\"relation\""), "the relationship over time");
  }
}
