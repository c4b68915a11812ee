package org.chronology.actor.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.chronology.db.Sql;
import org.chronology.event.ManyEvents;
import org.chronology.text.ArabicNormalizer;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Looking actors up: by alias with Arabic normalisation, with counts and paging; {@code actor=} by
 * name on the API and the page, 400 with the candidates when a name is ambiguous; {@code
 * /api/years}; unknown parameters refused on the API and ignored by pages.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActorLookupTest {

  // Two actors share the alias «المبعوث الخاص للاختبار»; the first alone is «مؤسسة الاختبار
  // الأولى».
  private static final String FIRST = "مؤسسة الاختبار الأولى";
  private static final String SECOND = "مؤسسة الاختبار الثانية";
  private static final String SHARED = "المبعوث الخاص للاختبار";
  private long first;
  private long second;
  private long event;

  @BeforeAll
  void insert() {
    Sql.inTransaction(
        em -> {
          first = ManyEvents.newActor(em, "organization", FIRST, "First Test Body");
          second = ManyEvents.newActor(em, "organization", SECOND);
          alias(em, first, FIRST);
          alias(em, second, SECOND);
          alias(em, first, SHARED);
          alias(em, second, SHARED);
          alias(em, first, "أإآ تجربة");
          event =
              ((Number)
                      em.createNativeQuery(
                              "insert into event (type, title, status, date_start, date_end,"
                                  + " date_precision) values ('meeting', 'لقاء للاختبار',"
                                  + " 'happened', date '1911-05-01', date '1911-05-01', 'day')"
                                  + " returning id")
                          .getSingleResult())
                  .longValue();
          em.createNativeQuery(
                  "insert into event_actor (event_id, actor_id, position) values (?1, ?2, 0)")
              .setParameter(1, event)
              .setParameter(2, first)
              .executeUpdate();
        });
  }

  private static void alias(jakarta.persistence.EntityManager em, long actor, String alias) {
    em.createNativeQuery(
            "insert into actor_alias (actor_id, alias, normalized) values (?1, ?2, ?3)")
        .setParameter(1, actor)
        .setParameter(2, alias)
        .setParameter(3, ArabicNormalizer.key(alias))
        .executeUpdate();
  }

  @AfterAll
  void remove() {
    ManyEvents.remove(List.of(event), List.of(first, second));
  }

  @Test
  void searchIsAliasAwareNormalisedCountedAndPaged() {
    // Written with other alef forms than the alias: found through the normalised key.
    JsonPath r = Fetch.json("/api/actors?q=ااا تجربه");
    assertEquals(1, r.getInt("total"));
    assertEquals(first, r.getLong("items[0].id"));
    assertEquals(1, r.getInt("items[0].eventCount"));
    JsonPath both = Fetch.json("/api/actors?q=" + SHARED + "&size=1");
    assertEquals(2, both.getInt("total"));
    assertEquals(1, both.getList("items").size(), "size bounds the page");
    assertEquals(first, both.getLong("items[0].id"), "most events first");
    JsonPath page1 =
        given().get("/api/actors?q=" + SHARED + "&size=1&page=1").then().extract().jsonPath();
    assertEquals(second, page1.getLong("items[0].id"));
    JsonPath all = Fetch.json("/api/actors?size=100");
    assertTrue(all.getInt("total") >= 2);
    Fetch.badParameter("/api/actors?size=101", "size");
    Fetch.badParameter("/api/actors?page=x", "page");
    given()
        .get("/api/actors?q=" + "ب".repeat(201))
        .then()
        .statusCode(400)
        .body("parameter", equalTo("q"));
  }

  @Test
  void oneActor() {
    JsonPath a = Fetch.json("/api/actors/" + first);
    assertEquals(FIRST, a.getString("name"));
    assertEquals("First Test Body", a.getString("nameEn"));
    assertTrue(a.getList("aliases").contains(SHARED));
    assertEquals(1, a.getInt("eventCount"));
    given()
        .get("/api/actors/999999999")
        .then()
        .statusCode(404)
        .body("error", containsString("999999999"));
    Fetch.badParameter("/api/actors/abc", "id");
  }

  @Test
  void actorByNameOnTheApiAndThePage() {
    JsonPath byName = Fetch.json("/api/events?actor=" + FIRST);
    assertEquals(1, byName.getInt("total"));
    assertEquals(event, byName.getLong("items[0].id"));
    given()
        .get("/api/events?actor=first test body")
        .then()
        .statusCode(200)
        .body("total", equalTo(1));
    String ambiguous =
        given()
            .get("/api/events?actor=" + SHARED)
            .then()
            .statusCode(400)
            .body("parameter", equalTo("actor"))
            .extract()
            .jsonPath()
            .getString("error");
    assertTrue(ambiguous.contains(first + " (" + FIRST), ambiguous);
    assertTrue(ambiguous.contains(second + " (" + SECOND), ambiguous);
    Fetch.badParameter("/api/events?actor=لا أحد بهذا الاسم أبدا", "actor");
    String page = Fetch.text("/?actor=" + FIRST);
    assertTrue(page.contains("لقاء للاختبار"), "the page takes the name too");
    given().get("/?actor=" + SHARED).then().statusCode(400);
  }

  @Test
  void yearsHistogram() {
    JsonPath y = Fetch.json("/api/years?actor=" + first);
    List<Map<String, Object>> years = y.getList("years");
    assertEquals(1, years.size());
    assertEquals(1911, y.getInt("years[0].year"));
    assertEquals(1, y.getInt("years[0].total"));
    assertEquals(1, y.getInt("years[0].types.meeting"));
    assertEquals(0, y.getInt("undated"));
    Fetch.badParameter("/api/years?year=1911", "year");
  }

  @Test
  void unknownParametersAreRefusedOnTheApiAndIgnoredOnPages() {
    given()
        .get("/api/events?yeer=2022")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("yeer"))
        .body("error", containsString("yeer"));
    Fetch.badParameter("/api/events/1?x=1", "x");
    Fetch.badParameter("/api/articles?utm_source=x", "utm_source");
    Fetch.badParameter("/api/actors?qq=x", "qq");
    given().get("/api/events?year=2022&size=5").then().statusCode(200);
    given().get("/?utm_source=newsletter&yeer=2022").then().statusCode(200);
  }
}
