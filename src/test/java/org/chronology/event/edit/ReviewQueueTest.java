package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The review queue: unreviewed events, lowest confidence first, filterable, one-click actions. */
@QuarkusTest
class ReviewQueueTest {

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  @Test
  void queueListsUnreviewedEventsLowestConfidenceFirstAndConfirmsAndRejects() {
    Editors.Session ed = Editors.editor();
    long article = Editors.article(ReextractionRespectsEditorsTest.TEXT);
    List<Map<String, Object>> events = Editors.events(article, "extracted");
    assertTrue(events.size() >= 4);
    String queue = "/review?article=" + article;
    String html = ed.get(queue).asString();
    Matcher m = Pattern.compile("<tr data-id=\"(\\d+)\">").matcher(html);
    List<Long> order = new ArrayList<>();
    while (m.find()) {
      order.add(Long.parseLong(m.group(1)));
    }
    assertEquals(events.size(), order.size(), "every unreviewed event of the article is queued");
    double last = -1;
    for (Long id : order) {
      double c = ((Number) Editors.event(id).get("confidence")).doubleValue();
      assertTrue(c >= last, "lowest confidence first");
      last = c;
    }
    assertTrue(html.contains("data-action=\"confirm\"") && html.contains("<kbd>c</kbd>"));

    Long first = order.get(0);
    Long second = order.get(1);
    assertEquals(
        303,
        ed.post("/review/confirm", queue, Map.of("confirm", first, "query", "article=" + article))
            .statusCode());
    assertEquals("confirmed", Editors.event(first).get("review"));
    assertEquals(303, ed.post("/review/reject", queue, Map.of("reject", second)).statusCode());
    assertEquals("rejected", Editors.event(second).get("review"));
    assertEquals(
        303,
        ed.post(
                "/review/bulk",
                queue,
                Map.of("ids", List.of(order.get(2).toString(), order.get(3).toString())))
            .statusCode());
    assertEquals("confirmed", Editors.event(order.get(2)).get("review"));
    assertEquals("confirmed", Editors.event(order.get(3)).get("review"));

    String after = ed.get(queue).asString();
    assertTrue(
        !after.contains("<tr data-id=\"" + first + "\">"), "reviewed events leave the queue");

    JsonPath q = RestAssured.get("/api/quality").then().statusCode(200).extract().jsonPath();
    List<Map<String, Object>> rows = q.getList("rows");
    assertTrue(rows.stream().anyMatch(r -> ((Number) r.get("confirmed")).intValue() > 0));
    assertTrue(rows.stream().anyMatch(r -> ((Number) r.get("rejected")).intValue() > 0));
    RestAssured.get("/quality").then().statusCode(200);
  }
}
