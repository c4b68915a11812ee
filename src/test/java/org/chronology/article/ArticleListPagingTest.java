package org.chronology.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The article list comes in bounded pages that, followed to the end, are the whole list. */
@QuarkusTest
class ArticleListPagingTest {

  private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

  @Test
  void pagesFollowedByTheirLinkAreTheWholeListInOrder() {
    Response whole = given().get("/api/articles");
    whole.then().statusCode(200);
    List<Integer> all = whole.jsonPath().getList("id");
    List<Integer> counts = whole.jsonPath().getList("eventCount");
    assertTrue(all.size() >= 3, "the seed corpus is loaded");

    List<Integer> paged = new ArrayList<>();
    List<Integer> pagedCounts = new ArrayList<>();
    String url = "/api/articles?size=2";
    int pages = 0;
    while (url != null) {
      Response r = given().get(url);
      r.then().statusCode(200);
      List<Integer> ids = r.jsonPath().getList("id");
      assertTrue(ids.size() <= 2, "a page holds at most size articles");
      paged.addAll(ids);
      pagedCounts.addAll(r.jsonPath().getList("eventCount"));
      String link = r.header("Link");
      url = null;
      if (link != null) {
        Matcher m = NEXT.matcher(link);
        assertTrue(m.find(), link);
        url = m.group(1);
      }
      pages++;
      assertTrue(pages <= all.size(), "the pages end");
    }
    assertEquals(all, paged);
    assertEquals(counts, pagedCounts, "a page counts its articles' events as the whole list does");
  }

  @Test
  void theLastPageHasNoNextLink() {
    List<Integer> all = given().get("/api/articles").jsonPath().getList("id");
    Response r = given().get("/api/articles?size=" + all.size());
    assertEquals(all, r.jsonPath().getList("id"));
    assertEquals(null, r.header("Link"));
  }

  @Test
  void badPageParametersAreAClear400() {
    given()
        .get("/api/articles?size=abc")
        .then()
        .statusCode(400)
        .body("parameter", equalTo("size"))
        .body("error", containsString("whole number"));
    given().get("/api/articles?size=0").then().statusCode(400).body("parameter", equalTo("size"));
    given().get("/api/articles?size=1001").then().statusCode(400);
    given().get("/api/articles?after=x").then().statusCode(400).body("parameter", equalTo("after"));
    given().get("/api/articles?after=999999999").then().statusCode(400);
    given().get("/articles?size=abc").then().statusCode(400);
  }

  @Test
  void theHtmlListLinksItsNextPage() {
    List<Integer> all = given().get("/api/articles").jsonPath().getList("id");
    String first = given().get("/articles?size=1").then().statusCode(200).extract().asString();
    assertNotNull(first);
    assertTrue(first.contains("rel=\"next\" href=\"/articles?after=" + all.get(0) + "\""), first);
    given()
        .get("/articles?size=" + all.size())
        .then()
        .statusCode(200)
        .body(not(containsString("rel=\"next\"")));
  }
}
