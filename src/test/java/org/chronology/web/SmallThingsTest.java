package org.chronology.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.revision.RevisionService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue #12's small things over real HTTP: clean filter URLs, the 404 pages, a favicon, the sort
 * order in the page and the API, and the year strip that stops at the current year.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SmallThingsTest {

  private UiFixture fixture;

  @BeforeAll
  void create() {
    fixture = UiFixture.create();
  }

  @AfterAll
  void remove() {
    fixture.close();
  }

  @Test
  void emptyParametersRedirectToTheCleanUrl() {
    String location =
        given()
            .redirects()
            .follow(false)
            .get("/?q=&year=" + UiFixture.YEAR + "&from=&to=&status=&review=&article=&type=")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    assertTrue(location.endsWith("/?year=" + UiFixture.YEAR), location);
    given().redirects().follow(false).get("/?year=" + UiFixture.YEAR).then().statusCode(200);
    given().redirects().follow(false).get("/?lang=en").then().statusCode(200);
  }

  @Test
  void unknownPathsAndIdsAreNotFoundPagesThatSaySo() {
    Fetch.expect(404, "/articles/0?lang=en", "There is no article number 0.");
    Fetch.expectWithout(
        404, "/no/such/page?lang=en", "This page does not exist", "Nothing has this id");
    Fetch.expect(404, "/events/987654321?lang=en", "There is no event number 987654321");
    given().get("/articles/abc").then().statusCode(400);
    given().get("/api/events/0").then().statusCode(404);
  }

  @Test
  void theFaviconIsServedByTheApp() {
    given()
        .get("/favicon.svg")
        .then()
        .statusCode(200)
        .contentType(containsString("image/svg+xml"))
        .body(containsString("<svg"));
    given().get("/").then().body(containsString("rel=\"icon\" href=\"/favicon.svg\""));
  }

  @Test
  void theAllYearsListAndTheApiSortBothWays() {
    List<String> desc =
        given()
            .get("/api/events?size=1000")
            .then()
            .statusCode(200)
            .extract()
            .path("items.date.start");
    List<String> asc =
        given()
            .get("/api/events?size=1000&sort=asc")
            .then()
            .statusCode(200)
            .extract()
            .path("items.date.start");
    assertEquals(desc.size(), asc.size());
    List<String> datedDesc = desc.stream().filter(d -> d != null).toList();
    List<String> datedAsc = asc.stream().filter(d -> d != null).toList();
    assertTrue(datedDesc.size() >= 2, "the fixture's events are dated");
    assertTrue(datedDesc.get(0).compareTo(datedDesc.get(datedDesc.size() - 1)) >= 0);
    assertTrue(datedAsc.get(0).compareTo(datedAsc.get(datedAsc.size() - 1)) <= 0);
    assertEquals(datedDesc.get(datedDesc.size() - 1), datedAsc.get(0), "oldest first");
    given()
        .get("/api/events?sort=sideways")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("sort"));
    String page = Fetch.text("/?sort=asc");
    Matcher ids = Pattern.compile("<h4 id=\"ev-(\\d+)\"").matcher(page);
    assertTrue(ids.find());
    Matcher newest = Pattern.compile("<h4 id=\"ev-(\\d+)\"").matcher(given().get("/").asString());
    assertTrue(newest.find());
    assertFalse(ids.group(1).equals(newest.group(1)), "another event comes first");
    assertTrue(page.contains("value=\"asc\" selected"), "the order is shown in the form");
  }

  @Test
  void theYearStripStopsAtTheCurrentYear() {
    String html = Fetch.text("/");
    Matcher years = Pattern.compile("data-year=\"(\\d+)\"").matcher(html);
    int current = Year.now().getValue();
    while (years.find()) {
      assertTrue(Integer.parseInt(years.group(1)) <= current, "no future year: " + years.group(1));
    }
    Matcher labels = Pattern.compile("class=\"empty-year\"[^>]*>(\\d+)</text>").matcher(html);
    while (labels.find()) {
      assertTrue(Integer.parseInt(labels.group(1)) <= current, "no empty future year");
    }
  }

  @Test
  void confidenceReadsAsAPercentageInTheReadersDigits() {
    String html = Fetch.text("/events/" + fixture.eventIds().get(0) + "?digits=arab");
    assertTrue(html.contains("٩٠٪"), "0.9 reads ٩٠٪");
  }

  @Test
  void anActorsOtherNamesNeverRepeatTheCanonicalName() {
    String html = Fetch.text("/actors/" + fixture.actorId() + "?lang=en");
    Matcher dd =
        Pattern.compile("<dt>Other names</dt><dd>(.*?)</dd>", Pattern.DOTALL).matcher(html);
    assertTrue(dd.find(), html);
    assertTrue(dd.group(1).contains(UiFixture.ALIAS), "the alias is listed");
    assertFalse(dd.group(1).contains(UiFixture.NAME), "the canonical name is not repeated");
  }

  @Test
  void countedNounsAgreeWithTheirNumberInBothLanguages() {
    long other = fixture.anotherActorId();
    // The fixture's actor has two events: Arabic says the dual.
    String compare = "/compare?a=" + fixture.actorId() + "&b=" + other;
    String ar = Fetch.text(compare);
    // (each name isolated, U+2068 … U+2069: CompareNamesBrowserTest)
    assertTrue(ar.contains(UiFixture.NAME + "\u2069: حدثان"), "the dual: " + ar);
    assertFalse(
        Pattern.compile("(?<![\\d٠-٩])2 حدثاً").matcher(ar).find(),
        "no accusative singular after 2");
    assertTrue(Fetch.text(compare + "&lang=en").contains(UiFixture.NAME_EN + "\u2069: 2 events"));

    // One event of the year: singular in the year strip, both languages.
    String one = "/?q=" + UiFixture.TITLE_1;
    String en = Fetch.text(one + "&lang=en");
    // (the bar's name and tooltip, its <title>)
    assertTrue(en.contains(UiFixture.YEAR + ": 1 event</title>"), "singular: " + en);
    assertFalse(en.contains("1 events"), "no '1 events'");
    assertTrue(
        Fetch.text(one).contains(UiFixture.YEAR + ": حدث واحد</title>"), "one event in Arabic");
    String suggest = Fetch.text("/actors/suggest?who=Yusuf&lang=en");
    assertTrue(suggest.contains("(2 events)"), suggest);

    // Zero is a phrase in English too, as «لا أحداث» is in Arabic: never "0 events".
    ReaderMsg rd = MessageBundles.get(ReaderMsg.class, Localized.Literal.of("en"));
    assertEquals("2020: no events", rd.yearCount("2020", "0", 0));
    assertEquals("2020: 1 event", rd.yearCount("2020", "1", 1));
    assertEquals("2020: 2 events", rd.yearCount("2020", "2", 2));
    assertEquals("no sources", rd.sources(0, "0"));
    assertEquals("no events", rd.eventCountShort("0", 0));
    assertEquals(
        "لا أحداث",
        MessageBundles.get(ReaderMsg.class, Localized.Literal.of("ar")).eventCountShort("0", 0));
    TimelineMsg tl = MessageBundles.get(TimelineMsg.class, Localized.Literal.of("en"));
    assertEquals("Yusuf: no events", tl.compareEach("Yusuf", "0", 0));
    assertEquals("no shared events", tl.coActorCount("0", 0));
    assertEquals("2020: no events, shared: 0", tl.relationYear("2020", "0", "0", 0));
    assertEquals("No events in this span.", tl.axisEventsShown("0", 0));
    assertEquals("No events start in this span.", tl.axisAggregated("0", 0));
    assertEquals("Every event here has a known date and is on the axis.", tl.axisUndated("0", 0));
    assertEquals(
        "Review: every event here has been reviewed",
        MessageBundles.get(EditMsg.class, Localized.Literal.of("en")).reviewHeading("0", 0));
  }

  /**
   * Arabic counted nouns as news writes them: the last two digits decide (00, 01, 02 after
   * hundreds: singular genitive; 3–10: plural; 11–99: singular accusative); zero is a phrase.
   */
  @Test
  void countedNounsFollowTheLastTwoDigitsInArabic() {
    ReaderMsg ar = MessageBundles.get(ReaderMsg.class, Localized.Literal.of("ar"));
    Map<Long, String> expected = new java.util.LinkedHashMap<>();
    expected.put(0L, "لا أحداث");
    expected.put(1L, "حدث واحد");
    expected.put(2L, "حدثان");
    expected.put(3L, "3 أحداث");
    expected.put(10L, "10 أحداث");
    expected.put(11L, "11 حدثاً");
    expected.put(99L, "99 حدثاً");
    expected.put(100L, "100 حدث");
    expected.put(101L, "101 حدث");
    expected.put(102L, "102 حدث");
    expected.put(103L, "103 أحداث");
    expected.put(111L, "111 حدثاً");
    expected.put(200L, "200 حدث");
    expected.put(1000L, "1000 حدث");
    expected.put(1003L, "1003 أحداث");
    expected.put(1011L, "1011 حدثاً");
    expected.forEach(
        (n, words) ->
            assertEquals("2020: " + words, ar.yearCount("2020", String.valueOf(n), n), "n=" + n));
    TimelineMsg tl = MessageBundles.get(TimelineMsg.class, Localized.Literal.of("ar"));
    assertEquals("100 حدث مشترك", tl.coActorCount("100", 100));
    assertEquals("لا أحداث مشتركة", tl.coActorCount("0", 0));
    assertEquals("205 مصادر", ar.sources(205, "205"));
    assertEquals("100 مصدر", ar.sources(100, "100"));
  }

  @Test
  void theHistoryInEnglishNamesActorsByTheirEnglishNames() {
    long event = fixture.eventIds().get(0);
    String item = fixture.actorId() + ":" + UiFixture.NAME + ":visitor";
    long revision = recordActorsAdded(event, item);
    try {
      String en = Fetch.text("/events/" + event + "/history?lang=en");
      assertTrue(en.contains(UiFixture.NAME_EN + " (visitor)"), "the English name: " + en);
      assertFalse(en.contains(UiFixture.NAME + " ("), "not the Arabic name");
      String ar = Fetch.text("/events/" + event + "/history");
      assertTrue(ar.contains(UiFixture.NAME + " ("), "the Arabic name in Arabic");
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () ->
                  Panache.getEntityManager()
                      .createNativeQuery("delete from revision where id = ?1")
                      .setParameter(1, revision)
                      .executeUpdate());
    }
  }

  /** A merged actor's old history entries name it in English as the surviving actor is named. */
  @Test
  void aMergedActorIsNamedInEnglishHistoryAsItsSurvivor() {
    long event = fixture.eventIds().get(0);
    long dup =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    ((Number)
                            Panache.getEntityManager()
                                .createNativeQuery(
                                    "insert into actor (kind, name, name_en, origin, merged_into)"
                                        + " values ('person', ?1, 'Yousef Testi', 'editor', ?2)"
                                        + " returning id")
                                .setParameter(1, UiFixture.NAME + " المكرر")
                                .setParameter(2, fixture.actorId())
                                .getSingleResult())
                        .longValue());
    long revision = recordActorsAdded(event, dup + ":" + UiFixture.NAME + " المكرر:host");
    try {
      String en = Fetch.text("/events/" + event + "/history?lang=en");
      assertTrue(en.contains(UiFixture.NAME_EN + " (host)"), "the survivor's name: " + en);
      assertFalse(en.contains("Yousef Testi"), "not the duplicate's own English name");
      assertTrue(
          Fetch.text("/events/" + event + "/history").contains(UiFixture.NAME + " المكرر ("),
          "the Arabic history keeps the recorded name");
    } finally {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                var em = Panache.getEntityManager();
                em.createNativeQuery("delete from revision where id = ?1")
                    .setParameter(1, revision)
                    .executeUpdate();
                em.createNativeQuery("delete from actor where id = ?1")
                    .setParameter(1, dup)
                    .executeUpdate();
              });
    }
  }

  /** A history entry that adds one actor item ("id:name:role") to the event. */
  private static long recordActorsAdded(long event, String item) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                Arc.container()
                    .instance(RevisionService.class)
                    .get()
                    .record(
                        "event",
                        event,
                        "edit",
                        "test",
                        null,
                        Map.of("actors", List.of()),
                        Map.of("actors", List.of(item)))
                    .id);
  }
}
