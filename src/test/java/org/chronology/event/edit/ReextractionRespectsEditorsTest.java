package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronology.event.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Re-extraction after editors worked: fields an editor set stay, rejections stay, merges stay, and
 * only untouched machine output follows the machine.
 */
@QuarkusTest
class ReextractionRespectsEditorsTest {

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  static final String TEXT = Editors.SAMPLE;

  @SuppressWarnings("unchecked")
  static List<Integer> mentionStarts(Map<String, Object> e) {
    List<Integer> out = new ArrayList<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) e.get("mentions")) {
      out.add((Integer) m.get("start"));
    }
    return out;
  }

  /** Every event of the article (any review state) that reports the sentence at start. */
  static long eventsReporting(long article, int start) {
    long n = 0;
    for (String review : new String[] {"extracted", "confirmed", "edited", "rejected"}) {
      for (Map<String, Object> e : Editors.events(article, review)) {
        if (mentionStarts(e).contains(start)) {
          n++;
        }
      }
    }
    return n;
  }

  @Test
  @SuppressWarnings("unchecked")
  void editedFieldsRejectionsAndMergesSurviveReextraction() {
    Editors.Session admin = Editors.admin();
    long article = Editors.article(TEXT);
    List<Map<String, Object>> events = Editors.events(article, null);
    assertTrue(events.size() >= 5, "the text yields at least five events: " + events.size());
    Object edited = events.get(0).get("id");
    Object rejected = events.get(1).get("id");
    Object keep = events.get(2).get("id");
    Object merged = events.get(3).get("id");
    Object untouched = events.get(4).get("id");
    String machineType = (String) events.get(0).get("type");
    Map<String, Object> machineLocation = (Map<String, Object>) events.get(0).get("location");
    int rejectedStart = mentionStarts(events.get(1)).get(0);
    int mergedStart = mentionStarts(events.get(3)).get(0);

    // An editor sets title and date of one event ...
    Editors.Edit edit = Editors.edit(admin, edited);
    edit.with(Map.of("title", "عنوان ثبّته محرر", "datePrecision", "month"));
    edit.with(Map.of("dateStart", "1931-03-01", "dateEnd", "1931-03-31"));
    assertEquals(303, edit.save().statusCode());
    // ... rejects another, merges two more.
    assertEquals(
        303,
        admin
            .post("/review/reject", "/review?article=" + article, Map.of("reject", rejected))
            .statusCode());
    assertEquals(
        303,
        admin
            .post(
                "/events/" + keep + "/merge", "/events/" + keep + "/edit", Map.of("other", merged))
            .statusCode());
    // A machine-made value the editor did not set drifts (as if an older extractor wrote it).
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              Event e = Event.findById(((Number) edited).longValue());
              e.locationName = "مكان لم يضعه المحرر";
            });

    assertEquals(303, admin.post("/admin/reextract", "/admin/reextract", Map.of()).statusCode());
    Editors.awaitReextraction();

    Map<String, Object> e = Editors.event(edited);
    assertEquals("عنوان ثبّته محرر", e.get("title"), "the editor's title stays");
    Map<String, Object> date = (Map<String, Object>) e.get("date");
    assertEquals("1931-03-01", date.get("start"), "the editor's date stays");
    assertEquals("1931-03-31", date.get("end"));
    assertEquals("month", date.get("precision"));
    assertEquals("edited", e.get("review"));
    assertEquals(machineType, e.get("type"), "the type the editor left alone is the machine's");
    assertEquals(
        machineLocation, e.get("location"), "untouched machine fields follow the machine again");

    assertTrue(
        given().get("/events/" + edited + "/history").asString().contains("إعادة الاستخراج الآلي"),
        "what the machine changed on an editor's event is in its history too");

    assertEquals("rejected", Editors.event(rejected).get("review"), "the rejection stays");
    assertEquals(1, eventsReporting(article, rejectedStart), "no new event beside the rejected");

    given().get("/api/events/" + merged).then().statusCode(404);
    assertTrue(mentionStarts(Editors.event(keep)).contains(mergedStart), "the merge stays");
    assertEquals(1, eventsReporting(article, mergedStart), "the merged-away event is not back");

    Map<String, Object> u = Editors.event(untouched);
    assertEquals("extracted", u.get("review"), "untouched machine events stay machine events");
  }

  @Test
  void reextractionIsAdminOnlyAndNeedsCsrf() {
    Editors.Session admin = Editors.admin();
    assertEquals(
        400, admin.postRaw("/admin/reextract", Map.of()).statusCode(), "no CSRF token → refused");
    assertEquals(303, admin.post("/admin/reextract", "/admin/reextract", Map.of()).statusCode());
    Editors.awaitReextraction();
  }
}
