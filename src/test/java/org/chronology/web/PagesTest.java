package org.chronology.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagesTest {

  @Test
  void chronologyIsArabicRightToLeftAndListsTheSeedEvents() {
    JsonPath events = given().get("/api/events?size=1000").then().extract().jsonPath();
    String html =
        given()
            .get("/")
            .then()
            .statusCode(200)
            .contentType(containsString("text/html"))
            .body(containsString("lang=\"ar\""))
            .body(containsString("dir=\"rtl\""))
            .extract()
            .asString();
    List<Integer> ids = events.getList("items.id");
    for (Integer id : ids.subList(0, Math.min(ids.size(), 100))) {
      org.junit.jupiter.api.Assertions.assertTrue(
          html.contains("href=\"/events/" + id + "\""), "event " + id + " is on the page");
    }
  }

  @Test
  void yearAndActorFiltersArePlainGetForms() {
    given()
        .get("/")
        .then()
        .statusCode(200)
        .body(containsString("<form class=\"filters\" method=\"get\" action=\"/\""))
        .body(containsString("name=\"year\""))
        .body(containsString("name=\"actor\""));
    JsonPath events = given().get("/api/events?size=1000").then().extract().jsonPath();
    String start =
        events.<String>getList("items.date.start").stream()
            .filter(s -> s != null)
            .findFirst()
            .orElse(null);
    if (start != null) {
      String year = start.substring(0, 4);
      given()
          .get("/?year=" + year)
          .then()
          .statusCode(200)
          .body(containsString("<h2 id=\"y-" + year + "\">" + year + "</h2>"));
    }
  }

  @Test
  void eventPageShowsEvidenceAndItsArticle() {
    Map<String, Object> e =
        given().get("/api/events?size=1").then().extract().jsonPath().getMap("items[0]");
    @SuppressWarnings("unchecked")
    Map<String, Object> m = ((List<Map<String, Object>>) e.get("mentions")).get(0);
    String sentenceStart = ((String) m.get("sentence")).substring(0, 12);
    given()
        .get("/events/" + e.get("id"))
        .then()
        .statusCode(200)
        .body(containsString("<blockquote"))
        .body(containsString(sentenceStart))
        .body(containsString("href=\"/articles/" + m.get("articleId")));
    given()
        .get("/articles/" + m.get("articleId"))
        .then()
        .statusCode(200)
        .body(containsString("href=\"/events/" + e.get("id") + "\""));
  }

  @Test
  void errorsArePagesWithTheRightStatus() {
    given().get("/events/987654321").then().statusCode(404).body(containsString("dir=\"rtl\""));
    given()
        .get("/?year=abc")
        .then()
        .statusCode(400)
        .body(containsString("year"))
        .body(not(containsString("Exception")));
    given().get("/actors/987654321").then().statusCode(404);
  }
}
