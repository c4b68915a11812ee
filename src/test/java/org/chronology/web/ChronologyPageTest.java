package org.chronology.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronology.event.query.QueryCache;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTML chronology against the embedded PostgreSQL: every filter and combination shows exactly
 * the events {@code /api/events} answers for the same query string, the text search is
 * Arabic-aware, the interface switches language and digits, errors are real pages, and a page costs
 * the same number of SQL statements whatever the number of events on it.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChronologyPageTest {

  private static final Pattern EVENT_LINK = Pattern.compile("<h\\d id=\"ev-(\\d+)\"");

  @Inject EntityManagerFactory emf;
  @Inject QueryCache cache;

  private UiFixture fixture;

  @BeforeAll
  void createFixture() {
    fixture = UiFixture.create();
  }

  @AfterAll
  void removeFixture() {
    fixture.close();
  }

  /** RestAssured encodes the query string itself. */
  static String enc(String s) {
    return s;
  }

  /** Event ids listed on the HTML page, in order. */
  static List<Long> htmlIds(String html) {
    List<Long> out = new ArrayList<>();
    Matcher m = EVENT_LINK.matcher(html);
    while (m.find()) {
      out.add(Long.parseLong(m.group(1)));
    }
    return out;
  }

  static Set<Long> apiIds(String query) {
    JsonPath json = Fetch.json("/api/events?size=1000&" + query);
    Set<Long> out = new LinkedHashSet<>();
    for (Object id : json.getList("items.id")) {
      out.add(((Number) id).longValue());
    }
    assertEquals(json.getInt("total"), out.size());
    return out;
  }

  String html(String query) {
    return Fetch.text("/?size=1000&" + query);
  }

  /** Filters one at a time and combined; the fixture's values make sure most are not empty. */
  static Stream<String> filterQueries() {
    String actor = "actor={actor}";
    String year = "year=" + UiFixture.YEAR;
    List<String> single =
        List.of(
            actor,
            year,
            "type=visit",
            "type=statement",
            "status=planned",
            "status=happened",
            "review=extracted",
            "from=" + UiFixture.YEAR + "-06-01",
            "to=" + UiFixture.YEAR + "-06-01",
            "article={article}",
            "q=" + enc("الاختباري"));
    List<String> out = new ArrayList<>(single);
    for (int i = 0; i < single.size(); i++) {
      for (int j = i + 1; j < single.size(); j++) {
        if (single.get(i).startsWith("status=") && single.get(j).startsWith("status=")) {
          continue; // status is single-valued: covered by the 400 tests
        }
        out.add(single.get(i) + "&" + single.get(j));
      }
    }
    out.add(actor + "&type=visit&type=statement&" + year);
    out.add(
        actor
            + "&from="
            + UiFixture.YEAR
            + "-01-01&to="
            + UiFixture.YEAR
            + "-12-31&q="
            + enc("باكو"));
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("filterQueries")
  void htmlShowsExactlyTheEventsOfTheApi(String template) {
    String query =
        template
            .replace("{actor}", String.valueOf(fixture.actorId()))
            .replace("{article}", String.valueOf(fixture.articleId()));
    Set<Long> api = apiIds(query);
    String html = html(query);
    assertEquals(api, new LinkedHashSet<>(htmlIds(html)), "same events for " + query);
    if (api.isEmpty()) {
      assertTrue(html.contains("class=\"empty\""), "an empty state for " + query);
    } else {
      assertFalse(html.contains("class=\"empty\""));
    }
    assertTrue(
        html.contains(
            "id=\"results-count\" class=\"count\" role=\"status\">عدد الأحداث: " + api.size()),
        "count of " + query);
  }

  @Test
  void filtersMeanWhatTheySay() {
    Set<Long> byActor = apiIds("actor=" + fixture.actorId());
    assertEquals(Set.copyOf(fixture.eventIds()), byActor);
    assertEquals(
        Set.of(fixture.eventIds().get(0)), apiIds("actor=" + fixture.actorId() + "&type=visit"));
    assertEquals(
        Set.of(fixture.eventIds().get(1)),
        apiIds("actor=" + fixture.actorId() + "&status=planned"));
    assertEquals(
        Set.of(fixture.eventIds().get(1)),
        apiIds("actor=" + fixture.actorId() + "&from=" + UiFixture.YEAR + "-06-01"));
    assertTrue(apiIds("year=" + UiFixture.YEAR).containsAll(fixture.eventIds()));
    assertTrue(apiIds("article=" + fixture.articleId()).containsAll(fixture.eventIds()));
  }

  @Test
  void textSearchIsArabicAware() {
    Long visit = fixture.eventIds().get(0);
    // As written, with a hamza the text lacks, without the article, with a prefix only.
    for (String q :
        List.of("الاختباري", "الإختباري", "اختباري", "والاختباري باكو", "باك", "زيارة")) {
      assertTrue(apiIds("q=" + enc(q)).contains(visit), "q=" + q);
    }
    assertFalse(apiIds("q=" + enc("الاختباري غير_موجودة")).contains(visit));
    // Punctuation alone is no filter, never an error.
    given().get("/?q=" + enc("«»")).then().statusCode(200);
    given().queryParam("q", "&:*|!").get("/api/events").then().statusCode(200);
  }

  @Test
  void textSearchCanUseTheGinIndex() {
    String plan =
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  var em = io.quarkus.hibernate.orm.panache.Panache.getEntityManager();
                  em.createNativeQuery("set local enable_seqscan = off").executeUpdate();
                  StringBuilder b = new StringBuilder();
                  for (Object row :
                      em.createNativeQuery(
                              "explain select id from event"
                                  + " where chronology_vector_matches(search_tsv, 'باكو:*')")
                          .getResultList()) {
                    b.append(row).append('\n');
                  }
                  return b.toString();
                });
    assertTrue(plan.contains("event_search_tsv_idx"), plan);
  }

  @Test
  void yearViewHasTheStripMonthHeadingsAndHonestDates() {
    String html = html("year=" + UiFixture.YEAR);
    assertTrue(html.contains("<svg class=\"strip\""));
    assertTrue(html.contains("data-year=\"" + UiFixture.YEAR + "\""));
    assertTrue(html.contains("aria-current=\"page\""), "the selected year is marked");
    assertTrue(html.contains("أيار/مايو " + UiFixture.YEAR), "a month heading");
    // The month-precision event reads as a month, the week as a range; never a fake day.
    assertTrue(html.contains(">أيار/مايو " + UiFixture.YEAR + "</time>"));
    assertTrue(html.contains(">3–9 تشرين الثاني/نوفمبر " + UiFixture.YEAR + "</time>"));
    assertFalse(html.contains(">1 أيار/مايو " + UiFixture.YEAR));
    // Oldest first within the year.
    List<Long> ids = htmlIds(html);
    assertTrue(ids.indexOf(fixture.eventIds().get(0)) < ids.indexOf(fixture.eventIds().get(1)));
    assertTrue(html.contains("status s-planned"), "planned looks different");
  }

  @Test
  void htmxGetsThePageWithoutItsLayout() {
    String part =
        given()
            .header("HX-Request", "true")
            .get("/?year=" + UiFixture.YEAR)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(part.strip().startsWith("<div id=\"chronology\""), part.substring(0, 80));
    assertFalse(part.contains("<html"));
    assertTrue(part.contains("href=\"/events/" + fixture.eventIds().get(0) + "\""));
    given()
        .header("HX-Request", "true")
        .header("HX-History-Restore-Request", "true")
        .get("/")
        .then()
        .body(containsString("<html"));
  }

  @Test
  void theClosedMoreFiltersCarryNoFieldsUntilAskedFor() {
    String option = "<option value=\"" + fixture.articleId() + "\"";
    // Closed: none of the disclosure's fields, a link to the same page with them instead.
    String closed = Fetch.text("/?year=" + UiFixture.YEAR);
    assertFalse(closed.contains("id=\"f-status\""), "no status field while it is closed");
    assertFalse(closed.contains("id=\"f-article\""), "no article list while it is closed");
    assertFalse(closed.contains(option));
    assertTrue(
        closed.contains(
            "class=\"more-link\" href=\"/?year=" + UiFixture.YEAR + "&amp;more=1#more-filters\""),
        "a link to the page with them");
    assertFalse(closed.contains("<details class=\"more\" id=\"more-filters\" open"));
    // What js/filters.js asks for when the disclosure opens: the fields alone.
    String fields =
        given()
            .header("HX-Request", "true")
            .header("HX-Target", "more-fields")
            .get("/?year=" + UiFixture.YEAR)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(
        fields.strip().startsWith("<div class=\"more-fields\" id=\"more-fields\""),
        "the fields' own block first");
    assertTrue(fields.contains(option), "the fixture's article is offered");
    assertTrue(fields.contains("id=\"f-status\"") && fields.contains("name=\"actor\""));
    assertFalse(fields.contains("<html") || fields.contains("id=\"chronology\""), "fields only");
    // The link's page (without JavaScript): the fields in the page, and "more" in none of the
    // links of the chronology (year strip, chips, axis, pages).
    String more = Fetch.text("/?year=" + UiFixture.YEAR + "&more=1");
    assertTrue(more.contains("id=\"f-status\"") && more.contains(option));
    assertTrue(more.contains("<details class=\"more\" id=\"more-filters\" open"), "open");
    // (Only the language and digits switches keep it: the same page, in the other language.)
    assertEquals(2, more.split("more=1", -1).length - 1, "not carried on");
    // Opened by a filter of its own (the article): the fields in the page, the chosen selected.
    String open = Fetch.text("/?article=" + fixture.articleId());
    assertTrue(open.contains(option + " selected"), "the chosen article is selected");
    assertTrue(open.contains("<details class=\"more\" id=\"more-filters\" open"));
  }

  @Test
  void actorSearchFindsAnActorByAnAlias() {
    // A name that stands for one actor becomes that actor's filter, in a clean URL.
    String location =
        given()
            .redirects()
            .follow(false)
            .get("/?who=" + enc(UiFixture.ALIAS) + "&q=&year=")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertTrue(location.endsWith("/?actor=" + fixture.actorId()), location);
    String html = html("who=" + enc(UiFixture.ALIAS));
    assertTrue(html.contains("id=\"ev-" + fixture.eventIds().get(0) + "\""), "found by its alias");
    String none = html("who=" + enc("لا أحد بهذا الاسم"));
    assertTrue(none.contains("لا يوجد فاعل باسم"));
  }

  @Test
  void languageAndDigitsSwitchAndAreRemembered() {
    given()
        .get("/?lang=en")
        .then()
        .statusCode(200)
        .cookie("lang", "en")
        .body(containsString("<html lang=\"en\" dir=\"ltr\">"))
        .body(containsString("Chronology of events"));
    given()
        .cookie("lang", "en")
        .get("/actors/" + fixture.actorId())
        .then()
        .statusCode(200)
        .body(containsString("<html lang=\"en\""))
        .body(containsString(UiFixture.NAME_EN))
        .body(containsString("Other names"));
    Fetch.expect(200, "/?digits=arab&year=" + UiFixture.YEAR, "١٩٨٧");
    given().get("/").then().body(containsString("<html lang=\"ar\" dir=\"rtl\">"));
  }

  @Test
  void eventActorAndArticlePagesShowTheEvidence() {
    long id = fixture.eventIds().get(0);
    String html = Fetch.text("/events/" + id);
    assertTrue(html.contains("<mark class=\"trigger\">" + fixture.trigger() + "</mark>"));
    assertTrue(html.contains("<mark class=\"date\">" + fixture.datePhrase() + "</mark>"));
    assertTrue(html.contains("<mark class=\"actor\">" + fixture.actorPhrase() + "</mark>"));
    assertTrue(html.contains("href=\"/actors/" + fixture.actorId() + "\""));
    assertTrue(html.contains("href=\"/events/" + fixture.eventIds().get(1) + "\""), "nearby event");
    assertTrue(html.contains("rel=\"bookmark\""));
    Fetch.expect(
        200,
        "/actors/" + fixture.actorId(),
        UiFixture.ALIAS,
        "وزير اختبار",
        "href=\"/events/" + id + "\"",
        "data-year=\"" + UiFixture.YEAR + "\"");
    Fetch.expect(200, "/articles/" + fixture.articleId(), "href=\"/events/" + id + "\"");
  }

  @Test
  void errorsAreLocalisedPagesNamingTheBadValue() {
    // The parameter as the form labels it, in the page's language.
    Fetch.expect(400, "/?year=abc", "القيمة «abc» المعطاة لـ«السنة» غير صالحة");
    given()
        .cookie("lang", "en")
        .get("/?from=2022-13-01")
        .then()
        .statusCode(400)
        .body(containsString("The value “2022-13-01” given for “From” is not valid"));
    Fetch.expectWithout(400, "/?type=party&lang=en", "given for “Type”", "Exception");
  }

  @Test
  void aBadValueOffersTheSamePageWithoutIt() {
    // The other filters are kept as they came; the bad one is left out.
    Fetch.expect(
        400,
        "/?q=baku&year=abc&type=visit",
        "href=\"/?q=baku&amp;type=visit\"",
        "فتح الصفحة نفسها من دون هذه القيمة");
    given()
        .cookie("lang", "en")
        .get("/?page=abc")
        .then()
        .statusCode(400)
        .body(containsString("href=\"/\" rel=\"nofollow\">Open the same page without this value"));
    // A value that is not a page's (an unknown event) offers nothing to retry.
    String missing = Fetch.expect(404, "/events/987654321");
    assertFalse(missing.contains("rel=\"nofollow\""), missing);
    Fetch.expect(404, "/events/987654321?lang=en", "Not found");
    Fetch.expect(404, "/actors/987654321", "غير موجود");
    given()
        .get("/api/events?year=abc")
        .then()
        .statusCode(400)
        .body("parameter", org.hamcrest.Matchers.equalTo("year"));
  }

  @Test
  void everyPageCostsAFixedNumberOfStatements() {
    Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
    assertTrue(stats.isStatisticsEnabled(), "quarkus.hibernate-orm.statistics in the test profile");
    long total = apiIds("").size();
    assertTrue(total >= 2);
    Map<String, String[]> pages =
        Map.of(
            "chronology", new String[] {"/?size=1", "/?size=" + total},
            "chronology with filters",
                new String[] {
                  "/?size=1&actor=" + fixture.actorId() + "&who=" + enc("لا أحد بهذا الاسم"),
                  "/?size=50&actor=" + fixture.actorId() + "&who=" + enc("لا أحد بهذا الاسم")
                },
            "year",
                new String[] {
                  "/?size=1&year=" + UiFixture.YEAR, "/?size=50&year=" + UiFixture.YEAR
                });
    for (var e : pages.entrySet()) {
      long few = statements(stats, e.getValue()[0]);
      long many = statements(stats, e.getValue()[1]);
      assertEquals(few, many, e.getKey() + ": statements for 1 event vs many");
      // Nothing cached: the queries of the page, plus the public read's statement timeout, the
      // data version (QueryCache) and the article count (the article choices); the time axis adds
      // at most 4 (undated, counts per bucket, the window's events, their actor lanes), resolving a
      // typed actor name one.
      assertTrue(few <= 22, e.getKey() + " uses " + few + " statements");
      stats.clear();
      given().get(e.getValue()[1]).then().statusCode(200);
      long again = stats.getPrepareStatementCount();
      assertTrue(again <= 12, e.getKey() + " read again uses " + again + " statements");
    }
    long event = statements(stats, "/events/" + fixture.eventIds().get(0));
    // With the public read's statement timeout and the data version.
    assertTrue(event <= 12, "event page uses " + event + " statements");
    long actor = statements(stats, "/actors/" + fixture.actorId());
    // 12, plus the time axis (3), the co-actors (1) and their years (2).
    assertTrue(actor <= 18, "actor page uses " + actor + " statements");
  }

  /**
   * Statements of one request with nothing cached beforehand (QueryCache). Hibernate's statistics
   * are global, so work in the background (start-up extraction, re-extraction after an editor's
   * test) can add to one reading but never take away: the fewest of three readings is the request's
   * own count.
   */
  private long statements(Statistics stats, String url) {
    long fewest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      cache.clear();
      stats.clear();
      given().get(url).then().statusCode(200);
      fewest = Math.min(fewest, stats.getPrepareStatementCount());
    }
    return fewest;
  }
}
