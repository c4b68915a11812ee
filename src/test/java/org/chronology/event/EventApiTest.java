package org.chronology.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.chronology.db.Sql;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class EventApiTest {

  private static final List<String> TYPES =
      List.of(
          "visit", "meeting", "deal", "diplomatic", "incident", "military", "statement", "other");

  @Test
  void listHasTheContractShape() {
    JsonPath json =
        given()
            .when()
            .get("/api/events?size=1000")
            .then()
            .statusCode(200)
            .contentType(ContentType.JSON)
            .body("total", greaterThan(0))
            .body("page", equalTo(0))
            .body("size", equalTo(1000))
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = json.getList("items");
    assertEquals(json.getInt("total"), items.size());
    for (Map<String, Object> e : items) {
      assertTrue(e.get("id") instanceof Number);
      assertTrue(TYPES.contains(e.get("type")), "type " + e.get("type"));
      assertTrue(e.get("title") instanceof String && !((String) e.get("title")).isBlank());
      assertTrue(List.of("happened", "planned", "cancelled", "reported").contains(e.get("status")));
      assertTrue(List.of("extracted", "confirmed", "edited").contains(e.get("review")));
      double confidence = ((Number) e.get("confidence")).doubleValue();
      assertTrue(confidence >= 0 && confidence <= 1);
      @SuppressWarnings("unchecked")
      Map<String, Object> date = (Map<String, Object>) e.get("date");
      assertTrue(
          date.keySet()
              .containsAll(
                  List.of("start", "end", "precision", "approximate", "text", "resolvedAgainst")));
      assertTrue(
          List.of("day", "week", "month", "season", "year", "decade", "century", "unknown")
              .contains(date.get("precision")));
      if (date.get("start") != null && date.get("end") != null) {
        assertFalse(
            LocalDate.parse((String) date.get("start"))
                .isAfter(LocalDate.parse((String) date.get("end"))));
      }
      if ("unknown".equals(date.get("precision"))) {
        assertEquals(null, date.get("start"));
      }
      assertTrue(e.containsKey("location"));
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> actors = (List<Map<String, Object>>) e.get("actors");
      for (Map<String, Object> a : actors) {
        assertTrue(
            a.keySet().containsAll(List.of("id", "name", "nameEn", "kind", "role", "aliases")));
        assertTrue(
            List.of("person", "country", "organization", "company", "group")
                .contains(a.get("kind")));
      }
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> mentions = (List<Map<String, Object>>) e.get("mentions");
      assertFalse(mentions.isEmpty(), "every event has evidence");
      for (Map<String, Object> m : mentions) {
        assertTrue(m.get("articleId") instanceof Number);
        assertTrue(((String) m.get("articleSource")).endsWith(".txt"));
        int start = ((Number) m.get("start")).intValue();
        int end = ((Number) m.get("end")).intValue();
        assertTrue(start < end);
      }
    }
  }

  @Test
  void mentionOffsetsPointAtTheSentenceInTheStoredText() throws Exception {
    JsonPath events = Fetch.json("/api/events?size=1000");
    List<Map<String, Object>> mentions = events.getList("items.mentions.flatten()");
    assertFalse(mentions.isEmpty());
    for (Map<String, Object> m : mentions) {
      // The article as stored (other tests' articles are in the database too, not only the
      // seed corpus's files).
      String text =
          Sql.text(
              "select raw_text from article where id = ?1",
              ((Number) m.get("articleId")).longValue());
      int start = ((Number) m.get("start")).intValue();
      int end = ((Number) m.get("end")).intValue();
      assertEquals(m.get("sentence"), text.substring(start, end));
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void anEventKeepsEverySentenceThatReportsIt() {
    List<Map<String, Object>> items =
        given().get("/api/events?size=1000").then().extract().jsonPath().getList("items");
    boolean several =
        items.stream()
            .map(e -> (List<Map<String, Object>>) e.get("mentions"))
            .anyMatch(
                ms -> ms.stream().map(m -> m.get("articleId")).distinct().count() < ms.size());
    assertTrue(several, "a happening reported in several sentences of one article keeps them all");
  }

  @Test
  void everySeedArticleHasEvents() {
    List<Integer> ids = Fetch.json("/api/articles").getList("id");
    assertTrue(ids.size() >= 5);
    List<String> sources =
        given().get("/api/articles").then().extract().jsonPath().getList("source");
    for (int i = 0; i < ids.size(); i++) {
      if (sources.get(i).matches("00[0-4]_.*\\.txt")) {
        given()
            .get("/api/events?article=" + ids.get(i))
            .then()
            .statusCode(200)
            .body("total", greaterThan(0))
            .body("items.mentions.flatten().articleId", org.hamcrest.Matchers.hasItem(ids.get(i)));
      }
    }
  }

  @Test
  void articlesHaveTheContractShape() throws Exception {
    given()
        .get("/api/articles")
        .then()
        .statusCode(200)
        .body("[0]", hasKey("id"))
        .body("[0]", hasKey("source"))
        .body("[0]", hasKey("title"))
        .body("[0]", hasKey("outlet"))
        .body("[0]", hasKey("url"))
        .body("[0]", hasKey("publishedOn"))
        .body("[0]", hasKey("publishedOnSource"))
        .body("[0]", hasKey("sha256"))
        .body("[0]", hasKey("eventCount"))
        .body("sha256", everyItem(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")));
    JsonPath list = given().get("/api/articles").then().extract().jsonPath();
    int idx = list.getList("source").indexOf("002_d40d8e6eea96f478.txt");
    int id = list.getInt("[" + idx + "].id");
    String text =
        Files.readString(Path.of("corpus/002_d40d8e6eea96f478.txt"), StandardCharsets.UTF_8);
    given()
        .get("/api/articles/" + id)
        .then()
        .statusCode(200)
        .body("text", equalTo(text))
        .body("source", equalTo("002_d40d8e6eea96f478.txt"))
        // Counted for this article alone, the same number as the list's count over all articles.
        .body("eventCount", equalTo(list.getInt("[" + idx + "].eventCount")));
  }

  @Test
  void singleEventMatchesTheList() {
    int id = given().get("/api/events?size=1").then().extract().jsonPath().getInt("items[0].id");
    given()
        .get("/api/events/" + id)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("mentions.size()", greaterThan(0));
  }

  @Test
  void filtersNarrowTheList() {
    int total = given().get("/api/events").then().extract().jsonPath().getInt("total");
    given()
        .get("/api/events?type=visit")
        .then()
        .statusCode(200)
        .body("items.type", everyItem(equalTo("visit")))
        .body("total", lessThanOrEqualTo(total));
    given()
        .get("/api/events?type=visit&type=deal")
        .then()
        .statusCode(200)
        .body("items.type", everyItem(isOneOf("visit", "deal")));
    given().get("/api/events?size=2").then().body("items.size()", lessThanOrEqualTo(2));
    given()
        .get("/api/events?size=2&page=10000")
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(0));
    given()
        .get("/api/events?q=" + "زيارة")
        .then()
        .statusCode(200)
        .body("total", lessThanOrEqualTo(total));
    given().get("/api/events?q=xyzxyz-nothing").then().statusCode(200).body("total", equalTo(0));
    given()
        .get("/api/events?review=rejected")
        .then()
        .statusCode(200)
        .body("items.review", everyItem(equalTo("rejected")));
  }

  @Test
  void yearFilterKeepsEventsOverlappingThatYear() {
    JsonPath all = given().get("/api/events?size=1000").then().extract().jsonPath();
    List<String> starts = all.getList("items.date.start");
    String someStart = starts.stream().filter(s -> s != null).findFirst().orElse(null);
    if (someStart == null) {
      return; // no dated events: nothing to filter by year
    }
    int year = LocalDate.parse(someStart).getYear();
    JsonPath inYear = Fetch.json("/api/events?year=" + year + "&size=1000");
    assertTrue(inYear.getInt("total") > 0);
    for (Map<String, Object> d : inYear.<Map<String, Object>>getList("items.date")) {
      LocalDate s = LocalDate.parse((String) d.get("start"));
      LocalDate e = d.get("end") == null ? s : LocalDate.parse((String) d.get("end"));
      assertTrue(s.getYear() <= year && e.getYear() >= year, d.toString());
    }
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "year, abc",
    "from, 2022-02-30",
    "to, tomorrow",
    "actor, gantz",
    "type, war",
    "status, maybe",
    "article, x",
    "page, -1",
    "size, 5000"
  })
  void badParametersAre400WithAMessage(String name, String value) {
    given()
        .queryParam(name, value)
        .get("/api/events")
        .then()
        .statusCode(400)
        .contentType(ContentType.JSON)
        .body("parameter", equalTo(name))
        .body("error", containsString(name));
  }

  @Test
  void unknownIdsAre404AndBadIds400() {
    given().get("/api/events/987654321").then().statusCode(404).body("error", notNullValue());
    given().get("/api/events/abc").then().statusCode(400).body("parameter", equalTo("id"));
    given().get("/api/articles/987654321").then().statusCode(404);
    given().get("/api/articles/abc").then().statusCode(400);
  }
}
