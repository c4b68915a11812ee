package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Articles' missing facts and actor records, corrected by editors. */
@QuarkusTest
class ArticleAndActorEditTest {

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  /** A visit dated only relative to the (unknown) publication date. */
  private static final String RELATIVE =
      "زار وزير الخارجية الإسرائيلي باكو أمس والتقى الرئيس الأذربيجاني.\n";

  @SuppressWarnings("unchecked")
  private static Map<String, Object> visitDatedYesterday(long article) {
    for (Map<String, Object> e : Editors.events(article, null)) {
      Map<String, Object> d = (Map<String, Object>) e.get("date");
      if ("visit".equals(e.get("type")) && "أمس".equals(d.get("text"))) {
        return d;
      }
    }
    throw new AssertionError("no visit dated 'أمس' in " + Editors.events(article, null));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPublicationDateSetByAnEditorReresolvesRelativeDates() {
    Editors.Session ed = Editors.editor();
    long article = Editors.article(RELATIVE);
    assertNull(given().get("/api/articles/" + article).jsonPath().get("publishedOn"));
    Map<String, Object> before = visitDatedYesterday(article);
    assertNull(before.get("start"), "no publication date: 'أمس' stays unresolved, never today");
    assertEquals("unknown", before.get("precision"));

    String page = "/articles/" + article + "/edit";
    Response r =
        ed.saveOn(
            page,
            Map.of(
                "publishedOn", "1931-03-16", "outlet", "صحيفة الاختبار", "title", "عنوان المقالة"));
    assertEquals(303, r.statusCode(), r.asString());
    assertTrue(r.getHeader("Location").endsWith("saved=reextracted"), "re-extraction ran");
    JsonPath a = given().get("/api/articles/" + article).jsonPath();
    assertEquals("1931-03-16", a.get("publishedOn"));
    assertEquals("editor", a.get("publishedOnSource"));
    assertEquals("صحيفة الاختبار", a.get("outlet"));

    Map<String, Object> after = visitDatedYesterday(article);
    assertEquals("1931-03-15", after.get("start"), "'أمس' is the day before the editor's date");
    assertEquals("1931-03-15", after.get("end"));
    assertEquals("day", after.get("precision"));
    assertEquals("1931-03-16", after.get("resolvedAgainst"));
    given().get("/articles/" + article).then().statusCode(200).body(containsString("1931-03-16"));
    ed.get(page).then().body(containsString("publishedOn"));

    Response bad = ed.saveOn(page, Map.of("publishedOn", "16/3/1931"));
    assertEquals(400, bad.statusCode());
    assertTrue(bad.asString().contains("publishedOn-error"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void actorsGetAliasesAndDuplicatesAreMerged() {
    Editors.Session ed = Editors.editor();
    Object event = Editors.sampleEvent();
    String page = "/events/" + event + "/edit";
    String suffix = String.valueOf(System.nanoTime());
    for (String name : List.of("زيد " + suffix, "زيد بن " + suffix)) {
      Map<String, Object> f = Forms.editForm(ed, event);
      f.put("newActorName", name);
      f.put("newActorKind", "person");
      assertEquals(303, ed.post(page, page, f).statusCode());
    }
    List<Map<String, Object>> actors =
        (List<Map<String, Object>>) Editors.event(event).get("actors");
    Object main = idNamed(actors, "زيد " + suffix);
    Object dup = idNamed(actors, "زيد بن " + suffix);

    String actorPage = "/actors/" + main + "/edit";
    Response saved =
        ed.saveOn(
            actorPage, Map.of("nameEn", "Zaid", "office", "متحدث", "addAlias", "زياد " + suffix));
    assertEquals(303, saved.statusCode(), saved.asString());
    Map<String, Object> view =
        ((List<Map<String, Object>>) Editors.event(event).get("actors"))
            .stream().filter(a -> a.get("id").equals(main)).findFirst().orElseThrow();
    assertEquals("Zaid", view.get("nameEn"));
    assertTrue(((List<String>) view.get("aliases")).contains("زياد " + suffix));

    Response merged = ed.post("/actors/" + main + "/merge", actorPage, Map.of("duplicate", dup));
    assertEquals(303, merged.statusCode());
    List<Map<String, Object>> after =
        (List<Map<String, Object>>) Editors.event(event).get("actors");
    assertTrue(after.stream().noneMatch(a -> a.get("id").equals(dup)), "the duplicate is gone");
    assertTrue(after.stream().anyMatch(a -> a.get("id").equals(main)));
    ed.get(actorPage).then().body(containsString("merge")).body(containsString("Zaid"));
  }

  /** The id of the actor of this name among an event's actors (JSON). */
  private static Object idNamed(List<Map<String, Object>> actors, String name) {
    return actors.stream()
        .filter(a -> a.get("name").equals(name))
        .findFirst()
        .orElseThrow()
        .get("id");
  }
}
