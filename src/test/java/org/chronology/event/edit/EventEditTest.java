package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Editing an event: validation, history, conflicts, revert, merge, split, hand-made events. */
@QuarkusTest
class EventEditTest {

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> date(Object id) {
    return (Map<String, Object>) Editors.event(id).get("date");
  }

  @Test
  void editSavesWithPostRedirectGetAndRecordsWhoChangedWhat() {
    Editors.Edit edit = Editors.editSample(Editors.editor());
    Object id = edit.id();
    edit.form().put("title", "عنوان صححه محرر");
    edit.form().put("dateStart", "1931-03-10");
    edit.form().put("dateEnd", "1931-03-12");
    edit.form().put("datePrecision", "day");
    edit.form().put("reason", "التاريخ في الفقرة الثانية");
    Response r = edit.save();
    assertEquals(303, r.statusCode(), r.asString());
    assertTrue(r.getHeader("Location").endsWith(edit.page() + "?saved=1"));
    Map<String, Object> e = Editors.event(id);
    assertEquals("عنوان صححه محرر", e.get("title"));
    assertEquals("edited", e.get("review"));
    assertEquals("1931-03-10", date(id).get("start"));
    given()
        .get("/events/" + id + "/history")
        .then()
        .statusCode(200)
        .body(containsString("التاريخ في الفقرة الثانية"))
        .body(containsString("عنوان صححه محرر"))
        .body(containsString("<del>"));
  }

  @Test
  void invalidValuesAreShownNextToTheirFieldsAndNothingIsSaved() {
    Editors.Edit edit = Editors.editSample(Editors.editor());
    Object id = edit.id();
    String title = (String) Editors.event(id).get("title");
    edit.form().put("title", "  ");
    edit.form().put("dateStart", "1931-13-45");
    edit.form().put("type", "picnic");
    Response r = edit.save();
    assertEquals(400, r.statusCode());
    String html = r.asString();
    assertTrue(html.contains("id=\"title-error\""), html);
    assertTrue(html.contains("id=\"dateStart-error\""));
    assertTrue(html.contains("id=\"type-error\""));
    assertTrue(html.contains("value=\"1931-13-45\""), "the typed value is kept");
    assertEquals(title, Editors.event(id).get("title"));
  }

  /** The form's constraints (Bean Validation) answer each bad field with its own message. */
  @Test
  void eachConstraintOfTheFormIsShownAtItsField() {
    Editors.Session ed = Editors.editor();
    long article = Editors.article(Editors.SAMPLE);
    Object id = Editors.events(article, null).get(0).get("id");
    String page = "/events/" + id + "/edit";
    Map<String, Object> event = Editors.event(id);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> actors = (List<Map<String, Object>>) event.get("actors");
    Map<String, Object> f = Forms.editForm(ed, id);
    f.put("title", "ع".repeat(301));
    f.put("status", "maybe");
    f.put("review", "approved");
    f.put("addRole", "referee");
    if (!actors.isEmpty()) {
      f.put("role-" + actors.get(0).get("id"), "referee");
    }
    Response r = ed.post(page, page, f);
    assertEquals(400, r.statusCode());
    String html = r.asString();
    for (String field : List.of("title", "status", "review", "addRole")) {
      assertTrue(html.contains("id=\"" + field + "-error\""), field + " shown as invalid");
    }
    if (!actors.isEmpty()) {
      assertTrue(html.contains("id=\"role-" + actors.get(0).get("id") + "-error\""), "row role");
    }
    assertFalse(html.contains("id=\"type-error\""), "a valid type is not reported");
    assertEquals(event.get("title"), Editors.event(id).get("title"), "nothing saved");

    // The article's form: its outlet has a limit of its own.
    String articlePage = "/articles/" + article + "/edit";
    Matcher v =
        Pattern.compile("name=\"version\" value=\"(\\d+)\"")
            .matcher(ed.get(articlePage).asString());
    assertTrue(v.find());
    Response a =
        ed.post(
            articlePage,
            articlePage,
            Map.of(
                "version", v.group(1), "publishedOn", "", "outlet", "x".repeat(201), "title", ""));
    assertEquals(400, a.statusCode());
    assertTrue(a.asString().contains("id=\"outlet-error\""), "the outlet's limit at the outlet");
    assertFalse(a.asString().contains("id=\"title-error\""));
  }

  @Test
  void aStaleFormNeverOverwritesAndTheEditorChooses() {
    Editors.Session alice = Editors.editor();
    Editors.Session bob = Editors.editor();
    Object id = Editors.sampleEvent();
    String page = "/events/" + id + "/edit";
    Map<String, Object> aliceForm = Forms.editForm(alice, id);
    Map<String, Object> bobForm = Forms.editForm(bob, id);
    aliceForm.put("title", "عنوان أليس");
    assertEquals(303, alice.post(page, page, aliceForm).statusCode());

    bobForm.put("title", "عنوان بوب");
    bobForm.put("note", "ملاحظة بوب");
    Response conflict = bob.post(page, page, bobForm);
    assertEquals(409, conflict.statusCode());
    String html = conflict.asString();
    assertTrue(html.contains("عنوان أليس") && html.contains("عنوان بوب"), "both versions shown");
    assertEquals("عنوان أليس", Editors.event(id).get("title"), "nothing overwritten");

    // Bob chooses his version: the conflict page's form carries the current version.
    Matcher v = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(html);
    assertTrue(v.find());
    bobForm.put("version", v.group(1));
    Response mine = bob.post(page, page, bobForm);
    assertEquals(303, mine.statusCode());
    assertEquals("عنوان بوب", Editors.event(id).get("title"));
    String history = given().get("/events/" + id + "/history").asString();
    assertTrue(history.contains("عنوان أليس") && history.contains("عنوان بوب"), "both kept");
  }

  @Test
  void revertRestoresAnEarlierStateAsANewRevision() {
    Editors.Edit edit = Editors.editSample(Editors.editor());
    Editors.Session ed = edit.session();
    Object id = edit.id();
    String original = (String) Editors.event(id).get("title");
    edit.form().put("title", "عنوان خاطئ");
    assertEquals(303, edit.save().statusCode());
    assertEquals("عنوان خاطئ", Editors.event(id).get("title"));

    String history = ed.get("/events/" + id + "/history").asString();
    String revision =
        Editors.number(history, "revision", "history lists a revision with a revert button");
    Response r =
        ed.postOnEvent(id, "revert", "history", Map.of("revision", revision, "to", "before"));
    assertEquals(303, r.statusCode());
    assertEquals(original, Editors.event(id).get("title"));
    String after = given().get("/events/" + id + "/history").asString();
    assertTrue(after.contains("استعادة ما قبل نسخة"), "the revert is itself a revision");
  }

  @Test
  @SuppressWarnings("unchecked")
  void mergeMovesMentionsAndActorsAndSplitTakesOneBackOut() {
    Editors.Session ed = Editors.editor();
    List<Map<String, Object>> events = Editors.sampleEvents();
    assertTrue(events.size() >= 2, "the sample yields at least two events: " + events);
    Object keep = events.get(0).get("id");
    Object gone = events.get(1).get("id");
    int mentions =
        ((List<?>) events.get(0).get("mentions")).size()
            + ((List<?>) events.get(1).get("mentions")).size();
    Response r =
        ed.postOnEvent(keep, "merge", "edit", Map.of("other", gone, "reason", "نفس الحدث"));
    assertEquals(303, r.statusCode());
    Map<String, Object> merged = Editors.event(keep);
    List<Map<String, Object>> ms = (List<Map<String, Object>>) merged.get("mentions");
    assertEquals(mentions, ms.size());
    given().get("/api/events/" + gone).then().statusCode(404);
    given()
        .get("/events/" + gone + "/history")
        .then()
        .statusCode(200)
        .body(containsString("دُمج في غيره"));

    String edit = ed.get("/events/" + keep + "/edit").asString();
    String mention =
        Editors.number(edit, "mention", "each sentence of a multi-sentence event can be split off");
    Response split = ed.postOnEvent(keep, "split", "edit", Map.of("mention", mention));
    assertEquals(303, split.statusCode());
    String created = split.getHeader("Location").replaceAll(".*/events/(\\d+)/edit$", "$1");
    assertNotEquals(String.valueOf(keep), created);
    assertEquals(1, ((List<?>) Editors.event(created).get("mentions")).size());
    assertEquals(mentions - 1, ((List<?>) Editors.event(keep).get("mentions")).size());
  }

  @Test
  @SuppressWarnings("unchecked")
  void restoringTheStateBeforeAMergeBringsTheMergedEventBack() {
    Editors.Session ed = Editors.editor();
    List<Map<String, Object>> events = Editors.sampleEvents();
    Object keep = events.get(0).get("id");
    Map<String, Object> gone = events.get(1);
    List<Object> goneMentions =
        ((List<Map<String, Object>>) gone.get("mentions"))
            .stream().map(m -> m.get("start")).toList();
    int keptMentions = ((List<?>) events.get(0).get("mentions")).size();
    ed.postOnEvent(keep, "merge", "edit", Map.of("other", gone.get("id")));
    String history = ed.get("/events/" + keep + "/history").asString();
    String merge = Editors.number(history, "revision", "the merge is a revision");

    Response r =
        ed.postOnEvent(keep, "revert", "history", Map.of("revision", merge, "to", "before"));
    assertEquals(303, r.statusCode());
    assertEquals(keptMentions, ((List<?>) Editors.event(keep).get("mentions")).size());
    // The old number's history points to the event brought back (and to the one it was merged
    // into).
    Matcher to =
        Pattern.compile("<p class=\"reason\"><a href=\"/events/(\\d+)\"")
            .matcher(given().get("/events/" + gone.get("id") + "/history").asString());
    String back = null;
    while (to.find()) {
      back = to.group(1).equals(String.valueOf(keep)) ? back : to.group(1);
    }
    assertTrue(back != null, "the event brought back is named on the old number's history");
    Map<String, Object> again = Editors.event(back);
    assertEquals(gone.get("title"), again.get("title"));
    assertEquals(
        goneMentions,
        ((List<Map<String, Object>>) again.get("mentions"))
            .stream().map(m -> m.get("start")).toList(),
        "with its own sentences");
    // Taking the same merge back twice makes nothing more.
    ed.postOnEvent(keep, "revert", "history", Map.of("revision", merge, "to", "before"));
    assertEquals(keptMentions, ((List<?>) Editors.event(keep).get("mentions")).size());
  }

  @Test
  void anEditorCreatesAnEventFromASentenceOfTheArticle() {
    Editors.Session ed = Editors.editor();
    long article = Editors.article(Editors.SAMPLE);
    String text = given().get("/api/articles/" + article).jsonPath().getString("text");
    int start = text.indexOf("أعلن") + 1; // not where the machine's sentence starts
    int end = text.indexOf('\n', start);
    Response r =
        ed.post(
            "/articles/" + article + "/events",
            "/articles/" + article + "/edit",
            Map.of("start", start, "end", end, "type", "statement", "title", "تصريح يدوي"));
    assertEquals(303, r.statusCode(), r.asString());
    String id = r.getHeader("Location").replaceAll(".*/events/(\\d+)/edit$", "$1");
    Map<String, Object> e = Editors.event(id);
    assertEquals("تصريح يدوي", e.get("title"));
    assertEquals("statement", e.get("type"));
    Response bad =
        ed.post(
            "/articles/" + article + "/events",
            "/articles/" + article + "/edit",
            Map.of("start", 10, "end", 5));
    assertEquals(400, bad.statusCode());
    assertTrue(bad.asString().contains("start-error"));
  }

  @Test
  void actorsAreAddedCreatedAndRemovedWithRoles() {
    Editors.Edit edit = Editors.editSample(Editors.editor());
    Editors.Session ed = edit.session();
    Object id = edit.id();
    String page = edit.page();
    String name = "فاعل تجريبي " + System.nanoTime();
    edit.form().put("newActorName", name);
    edit.form().put("newActorKind", "person");
    edit.form().put("newActorRole", "speaker");
    assertEquals(303, edit.save().statusCode());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> actors = (List<Map<String, Object>>) Editors.event(id).get("actors");
    Map<String, Object> added =
        actors.stream().filter(a -> name.equals(a.get("name"))).findFirst().orElseThrow();
    assertEquals("speaker", added.get("role"));

    Map<String, Object> g = Forms.editForm(ed, id);
    g.put("remove-" + added.get("id"), "1");
    assertEquals(303, ed.post(page, page, g).statusCode());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> after = (List<Map<String, Object>>) Editors.event(id).get("actors");
    assertFalse(after.stream().anyMatch(a -> name.equals(a.get("name"))));
  }
}
