package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A form without its CSRF token is explained in the reader's language, not a blank 400. */
@QuarkusTest
class CsrfFailureTest {

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  @Test
  void aMissingTokenSaysWhatHappenedAndOffersTheFormAgain() {
    Editors.Session ed = Editors.editor();
    Object id = Editors.sampleEvent();
    String page = "/events/" + id + "/edit";
    Map<String, Object> f = Forms.editForm(ed, id);
    f.put("title", "عنوان أُرسل بلا رمز");
    ed.cookies.remove("csrf-token");
    ed.cookies.put("lang", "en");
    Response refused = ed.postRaw(page, f);
    // Refused by the session-bound token check (403), explained rather than left blank.
    assertEquals(403, refused.statusCode());
    String html = refused.asString();
    assertTrue(html.contains("The form has expired"), html);
    assertTrue(
        html.contains("id=\"csrf-resend\"") || html.contains("id=\"csrf-reload\""),
        "the input is offered to send again, or the form to open again: " + html);
    assertNotEquals("عنوان أُرسل بلا رمز", Editors.event(id).get("title"), "nothing saved");
  }
}
