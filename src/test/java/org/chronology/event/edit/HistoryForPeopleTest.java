package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chronology.event.Mention;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * History pages read by people: labelled fields and actions, minute timestamps, revision numbers
 * per event; and "restore the state before" puts back the review state too.
 */
@QuarkusTest
class HistoryForPeopleTest {

  private static final Pattern REVISION = Pattern.compile("name=\"revision\" value=\"(\\d+)\"");

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  private static List<String> revisionIds(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = REVISION.matcher(html);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void revertingToBeforeTheFirstEditPutsBackTheMachineStateAndItsReview() {
    Editors.Edit edit = Editors.editSample(Editors.editor());
    Editors.Session ed = edit.session();
    Object id = edit.id();
    Map<String, Object> original = Editors.event(id);
    assertEquals("extracted", original.get("review"));
    edit.form().put("title", "عنوان من محرر للتجربة");
    assertEquals(303, edit.save().statusCode());
    assertEquals("edited", Editors.event(id).get("review"));

    String history = "/events/" + id + "/history";
    List<String> ids = revisionIds(ed.get(history).asString());
    assertEquals(1, ids.size(), "one revision so far");
    Response r =
        ed.post(
            "/events/" + id + "/revert", history, Map.of("revision", ids.get(0), "to", "before"));
    assertEquals(303, r.statusCode(), r.asString());
    assertFalse(r.getHeader("Location").contains("error"), r.getHeader("Location"));
    Map<String, Object> back = Editors.event(id);
    assertEquals(original.get("title"), back.get("title"));
    assertEquals("extracted", back.get("review"), "the review state comes back too");

    // Restoring the state after the edit brings the editor's review state back as well.
    r =
        ed.post(
            "/events/" + id + "/revert", history, Map.of("revision", ids.get(0), "to", "after"));
    assertEquals(303, r.statusCode());
    assertEquals("edited", Editors.event(id).get("review"));
    assertEquals("عنوان من محرر للتجربة", Editors.event(id).get("title"));
  }

  @Test
  void historyNamesFieldsActionsAndNumbersRevisionsPerEvent() {
    Editors.Session ed = Editors.editor();
    List<Map<String, Object>> events = Editors.sampleEvents();
    Object id = events.get(0).get("id");
    Object other = events.get(1).get("id");
    String page = "/events/" + id + "/edit";
    Map<String, Object> f = Forms.editForm(ed, id);
    f.put("title", "عنوان أول");
    assertEquals(303, ed.post(page, page, f).statusCode());
    // Another event's revision in between: numbers stay per event.
    String otherPage = "/events/" + other + "/edit";
    Map<String, Object> g = Forms.editForm(ed, other);
    g.put("title", "عنوان حدث آخر");
    assertEquals(303, ed.post(otherPage, otherPage, g).statusCode());
    f = Forms.editForm(ed, id);
    f.put("status", "planned");
    assertEquals(303, ed.post(page, page, f).statusCode());

    String en = given().get("/events/" + id + "/history?lang=en").asString();
    assertTrue(en.contains("Revision 1") && en.contains("Revision 2"), en);
    assertFalse(en.contains("Revision 3"), "numbers count this event's revisions only");
    assertTrue(en.contains(">Title<") && en.contains(">Status<"), "fields labelled: " + en);
    assertTrue(en.contains("Planned"), "status codes read as labels");
    assertTrue(en.contains("Edited"), "actions named");
    for (String raw : List.of("dateStart", "editedFields", ">edit<", ">title<")) {
      assertFalse(en.contains(raw), "no raw name " + raw);
    }
    Matcher when =
        Pattern.compile(
                "<time datetime=\"[^\"]+\">(\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2})</time>")
            .matcher(en);
    assertTrue(when.find(), "timestamps like 1 December 2026, 10:42");
    assertFalse(en.matches("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d+.*"), "no microseconds");

    String ar = given().get("/events/" + id + "/history?lang=ar&digits=arab").asString();
    assertTrue(ar.contains("النسخة ١") && ar.contains("النسخة ٢"), "the reader's digits");
    assertTrue(ar.contains(">العنوان<"), "fields in Arabic");
  }

  /**
   * Evidence in the history is a quoted sentence with its article, in both languages, never the
   * snapshot's code ("#301 51@0": mention, article, offset); a sentence no longer stored is read
   * from its article's text at its offset.
   */
  @Test
  @SuppressWarnings("unchecked")
  void evidenceChangesReadAsQuotedSentencesWithTheirArticle() {
    Editors.Session ed = Editors.editor();
    List<Map<String, Object>> events = Editors.sampleEvents();
    Object keep = events.get(0).get("id");
    Object gone = events.get(1).get("id");
    List<Map<String, Object>> moved = (List<Map<String, Object>>) events.get(1).get("mentions");
    String sentence = String.valueOf(moved.get(0).get("sentence")).strip();
    Response r =
        ed.postOnEvent(keep, "merge", "edit", Map.of("other", gone, "reason", "نفس الحدث"));
    assertEquals(303, r.statusCode());
    Pattern code = Pattern.compile("#\\d+ \\d+@\\d+");
    for (String lang : List.of("en", "ar")) {
      String html = given().get("/events/" + keep + "/history?lang=" + lang).asString();
      assertFalse(code.matcher(html).find(), "no mention codes in " + lang + ": " + html);
      assertTrue(
          html.contains("<q lang=\"ar\" dir=\"rtl\">" + sentence + "</q>"),
          "the moved sentence quoted in " + lang + ": " + html);
      assertTrue(html.contains("<ins><span class=\"evidence\">"), "the new one marked");
      assertTrue(
          html.contains("<td class=\"before\"><span class=\"evidence\">"),
          "the sentence the event kept is not struck out: " + html);
      assertTrue(html.contains("<cite><a href=\"/articles/"), "with its article: " + html);
    }
    // A sentence no longer stored as a mention is read from its article at its offset.
    Object article = moved.get(0).get("articleId");
    Object start = moved.get(0).get("start");
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Mention.getEntityManager()
                    .createNativeQuery(
                        "delete from mention where event_id = ?1 and article_id = ?2"
                            + " and sentence_start = ?3")
                    .setParameter(1, ((Number) keep).longValue())
                    .setParameter(2, ((Number) article).longValue())
                    .setParameter(3, ((Number) start).intValue())
                    .executeUpdate());
    String en = given().get("/events/" + keep + "/history?lang=en").asString();
    assertTrue(
        en.contains("<q lang=\"ar\" dir=\"rtl\">" + sentence),
        "read from the article's text: " + en);
  }

  /** A merge with a number that names no event says which number, and nothing else from the URL. */
  @Test
  void aMergeWithAnUnknownNumberSaysWhichNumber() {
    Editors.Session ed = Editors.editor();
    Object id = Editors.sampleEvents().get(0).get("id");
    Response r =
        ed.postOnEvent(id, "merge", "edit", Map.of("other", "987654321", "reason", "تجربة"));
    // the edit form again, the number and the reason kept, the error beside the number
    assertEquals(400, r.statusCode());
    String form = r.asString();
    assertTrue(form.contains("لا يوجد حدث رقمه 987654321"), form);
    assertTrue(form.contains("value=\"987654321\""), form);
    assertTrue(form.contains("value=\"تجربة\""), form);
    // an old link to the history with the code still says which number
    String history = "/events/" + id + "/history?error=no-event&other=987654321";
    assertTrue(
        given()
            .get(history + "&lang=en")
            .asString()
            .contains("There is no event number 987654321: nothing was merged."));
    assertTrue(given().get(history + "&lang=ar").asString().contains("لا يوجد حدث رقمه 987654321"));
    String odd =
        given().get("/events/" + id + "/history?error=no-event&other=x%3Cb%3E&lang=en").asString();
    assertTrue(odd.contains("The event does not exist."), "only a number is repeated: " + odd);
  }
}
