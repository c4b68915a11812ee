package org.chronology.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.chronology.event.web.ChronologyPage;
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
    for (Integer id : ids.subList(0, Math.min(ids.size(), ChronologyPage.PAGE_SIZE))) {
      org.junit.jupiter.api.Assertions.assertTrue(
          html.contains("href=\"/events/" + id + "\""), "event " + id + " is on the page");
    }
  }

  @Test
  void yearAndActorFiltersArePlainGetForms() {
    Fetch.expect(200, "/", "<form class=\"filters\" method=\"get\" action=\"/\"", "name=\"year\"");
    // The actors' check boxes are in "more filters", in the page when it is asked for open.
    Fetch.expect(
        200, "/?more=1", "<form class=\"filters\" method=\"get\" action=\"/\"", "name=\"actor\"");
    JsonPath events = given().get("/api/events?size=1000").then().extract().jsonPath();
    String start =
        events.<String>getList("items.date.start").stream()
            .filter(s -> s != null)
            .findFirst()
            .orElse(null);
    if (start != null) {
      String year = start.substring(0, 4);
      Fetch.expect(200, "/?year=" + year, "<h2 id=\"y-" + year + "\">" + year + "</h2>");
    }
  }

  @Test
  void eventPageShowsEvidenceAndItsArticle() {
    Map<String, Object> e =
        given().get("/api/events?size=1").then().extract().jsonPath().getMap("items[0]");
    @SuppressWarnings("unchecked")
    Map<String, Object> m = ((List<Map<String, Object>>) e.get("mentions")).get(0);
    String sentenceStart = ((String) m.get("sentence")).substring(0, 12);
    Fetch.expect(
        200,
        "/events/" + e.get("id"),
        "<blockquote",
        sentenceStart,
        "href=\"/articles/" + m.get("articleId"));
    Fetch.expect(200, "/articles/" + m.get("articleId"), "href=\"/events/" + e.get("id") + "\"");
  }

  @Test
  void errorsArePagesWithTheRightStatus() {
    Fetch.expect(404, "/events/987654321", "dir=\"rtl\"");
    Fetch.expectWithout(400, "/?year=abc", "year", "Exception");
    given().get("/actors/987654321").then().statusCode(404);
  }
}
