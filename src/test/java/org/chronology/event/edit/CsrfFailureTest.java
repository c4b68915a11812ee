package org.chronology.event.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A form without its CSRF token is explained, its input kept, and can be sent again. */
@QuarkusTest
class CsrfFailureTest {

  private static final Pattern HIDDEN =
      Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  @Test
  void aMissingTokenSaysWhatHappenedKeepsTheInputAndOffersToResend() {
    Editors.Session ed = Editors.editor();
    long article = Editors.article(Editors.SAMPLE);
    Object id = Editors.events(article, null).get(0).get("id");
    String page = "/events/" + id + "/edit";
    Map<String, Object> f = Forms.editForm(ed, id);
    f.put("title", "عنوان أُرسل بلا رمز");
    ed.cookies.remove("csrf-token");
    ed.cookies.put("lang", "en");
    Response refused = ed.postRaw(page, f);
    assertEquals(400, refused.statusCode());
    String html = refused.asString();
    assertTrue(html.contains("The form has expired"), html);
    assertTrue(html.contains("value=\"عنوان أُرسل بلا رمز\""), "the typed title is kept");

    Map<String, Object> again = new HashMap<>();
    Matcher m = HIDDEN.matcher(html);
    while (m.find()) {
      String value = m.group(2).replace("&quot;", "\"").replace("&amp;", "&");
      Object old = again.get(m.group(1));
      if (old == null) {
        again.put(m.group(1), value);
      } else {
        List<Object> values = new ArrayList<>();
        if (old instanceof List<?> l) {
          values.addAll(l);
        } else {
          values.add(old);
        }
        values.add(value);
        again.put(m.group(1), values);
      }
    }
    assertTrue(again.containsKey("csrf-token"), "a fresh token");
    Response sent = ed.postRaw(page, again);
    assertEquals(303, sent.statusCode(), sent.asString());
    assertEquals("عنوان أُرسل بلا رمز", Editors.event(id).get("title"));
  }
}
