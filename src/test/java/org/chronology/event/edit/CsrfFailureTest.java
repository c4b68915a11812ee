package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A refused form is explained in the reader's language, not a blank 400, and what was typed comes
 * back in the form offered again: escaped, never run, and sent with a token that now passes.
 */
@QuarkusTest
class CsrfFailureTest {

  /** Typed text that would run if it were echoed as markup. */
  private static final String HOSTILE = "<script>alert(1)</script> «عنوان\" مكتوب» & ";

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  @Test
  void aMissingTokenSaysWhatHappenedAndOffersTheFormAgain() {
    Editors.Edit edit = Editors.editSample(Editors.editor());
    Editors.Session ed = edit.session();
    edit.form().put("title", "عنوان أُرسل بلا رمز");
    ed.cookies.remove("csrf-token");
    ed.cookies.put("lang", "en");
    Response refused = ed.postRaw(edit.page(), edit.form());
    String html = refused.asString();
    assertTrue(refused.statusCode() == 400 || refused.statusCode() == 403, html);
    assertTrue(html.contains("The form could not be checked"), html);
    assertFalse(html.contains("expired"), "a missing token is not an old one: " + html);
    Document d = Jsoup.parse(html);
    Element title = d.selectFirst("form input[type=hidden][name=title]");
    assertNotNull(title, refused.statusCode() + " " + html);
    assertEquals(
        "عنوان أُرسل بلا رمز", title.attr("value"), "the title typed is in the form offered again");
    assertNotNull(d.getElementById("csrf-resend"));
    assertNotEquals("عنوان أُرسل بلا رمز", Editors.event(edit.id()).get("title"), "nothing saved");

    // The same form posted from another site: its values are never offered to send again.
    for (Map.Entry<String, String> h :
        Map.of("Origin", "https://elsewhere.example", "Sec-Fetch-Site", "cross-site").entrySet()) {
      RequestSpecification spec =
          ed.request()
              .header(h.getKey(), h.getValue())
              .contentType(ContentType.URLENC.withCharset("UTF-8"));
      for (Map.Entry<String, Object> e : edit.form().entrySet()) {
        spec =
            e.getValue() instanceof List<?> l
                ? spec.formParam(e.getKey(), l.toArray())
                : spec.formParam(e.getKey(), e.getValue());
      }
      Document other = Jsoup.parse(spec.post(edit.page()).asString());
      assertNull(other.selectFirst("input[name=title]"), h + ": nothing carried back");
      assertNull(other.getElementById("csrf-resend"), h.toString());
      assertNotNull(other.getElementById("csrf-reload"), h + ": the form is offered to open again");
    }
  }

  /**
   * The session changed between showing and posting the form (signed out and in again elsewhere):
   * the cookie and the form's token still match each other but not the session. For every kind of
   * editor form, the typed values come back and sending them again saves them.
   */
  @Test
  @SuppressWarnings("unchecked")
  void afterASessionChangeEveryEditorFormKeepsWhatWasTyped() {
    Editors.Session old = Editors.admin();
    Editors.Session now = Editors.signIn(Editors.newAccount(true));
    long article = Editors.article(Editors.SAMPLE);
    Map<String, Object> event =
        Editors.events(article, null).stream()
            .filter(e -> !((List<?>) e.get("actors")).isEmpty())
            .findFirst()
            .orElseThrow();
    Object id = event.get("id");
    Object actor = ((List<Map<String, Object>>) event.get("actors")).get(0).get("id");

    // The event editor: the title typed in the old session's form.
    Map<String, Object> ef = Forms.editForm(now, id);
    String title = HOSTILE + "حدث";
    ef.put("title", title);
    Document page = refusedKeeping(old, now, "/events/" + id + "/edit", ef, "title", title);
    assertEquals(303, resend(now, page).statusCode());
    assertEquals(title, Editors.event(id).get("title"), "sent again, the typed title is saved");

    // The actor editor.
    String actorPage = "/actors/" + actor + "/edit";
    String office = HOSTILE + "منصب";
    Map<String, Object> af = new HashMap<>();
    af.put("version", version(now, actorPage));
    af.put("office", office);
    page = refusedKeeping(old, now, actorPage, af, "office", office);
    assertEquals(303, resend(now, page).statusCode());
    assertTrue(now.get(actorPage).asString().contains("منصب"), "the office is saved");

    // The article editor.
    String articlePage = "/articles/" + article + "/edit";
    Map<String, Object> arf = new HashMap<>();
    arf.put("version", version(now, articlePage));
    arf.put("outlet", HOSTILE + "مصدر");
    page = refusedKeeping(old, now, articlePage, arf, "outlet", HOSTILE + "مصدر");
    assertEquals(303, resend(now, page).statusCode());

    // A new account: the name comes back, the password is never echoed into the page.
    Map<String, Object> uf = Map.of("username", "kept-name", "password", "a-secret-password-1");
    page = refusedKeeping(old, now, "/admin/users", uf, "username", "kept-name");
    assertFalse(page.outerHtml().contains("a-secret-password-1"), "no password in the page");

    // The upload form (multipart): the pasted text and title come back; a file cannot.
    Response r =
        mixed(old, now)
            .multiPart("csrf-token", old.cookies.get("csrf-token"))
            .multiPart(utf8("title", HOSTILE + "مقالة"))
            .multiPart(utf8("text", "نص ملصوق\nسطر ثان"))
            .post("/articles/new");
    assertEquals(403, r.statusCode(), r.asString());
    Document up = Jsoup.parse(r.asString());
    Element form = up.selectFirst("form[action=/articles/new]");
    assertEquals("multipart/form-data", form.attr("enctype"));
    assertEquals(HOSTILE + "مقالة", form.selectFirst("input[name=title]").attr("value"));
    assertEquals("نص ملصوق\nسطر ثان", form.selectFirst("input[name=text]").attr("value"));
  }

  /** A text part as a browser sends it (UTF-8). */
  private static MultiPartSpecification utf8(String name, String value) {
    return new MultiPartSpecBuilder(value).controlName(name).charset("UTF-8").build();
  }

  private static long version(Editors.Session s, String page) {
    return Long.parseLong(
        Jsoup.parse(s.get(page).asString()).selectFirst("form input[name=version]").attr("value"));
  }

  /**
   * A request (redirects not followed) with the new session's cookies and the old session's CSRF
   * cookie (its form's pair).
   */
  private static RequestSpecification mixed(Editors.Session old, Editors.Session now) {
    old.token("/articles/new");
    Map<String, String> m = new HashMap<>(now.cookies);
    m.put("csrf-token", old.cookies.get("csrf-token"));
    return given().redirects().follow(false).cookies(m);
  }

  /** Posts the old session's form in the new session: refused, the typed value kept as text. */
  private static Document refusedKeeping(
      Editors.Session old,
      Editors.Session now,
      String path,
      Map<String, Object> form,
      String field,
      String typed) {
    RequestSpecification spec =
        mixed(old, now)
            .contentType(ContentType.URLENC.withCharset("UTF-8"))
            .formParam("csrf-token", old.cookies.get("csrf-token"));
    for (Map.Entry<String, Object> e : form.entrySet()) {
      if (e.getValue() instanceof List<?> l) {
        spec = spec.formParam(e.getKey(), l.toArray());
      } else {
        spec = spec.formParam(e.getKey(), e.getValue());
      }
    }
    Response r = spec.post(path);
    assertEquals(403, r.statusCode(), path + ": refused for its session");
    String html = r.asString();
    assertFalse(html.contains("<script>alert(1)"), path + ": typed markup is escaped: " + html);
    Document d = Jsoup.parse(html);
    Element kept = d.selectFirst("form input[type=hidden][name=" + field + "]");
    assertNotNull(kept, path + ": " + field + " kept: " + html);
    assertEquals(typed, kept.attr("value"), path + ": kept as typed");
    assertTrue(
        d.select("dl.typed .typed-value").stream().anyMatch(e -> e.text().equals(typed.strip())),
        path + ": what was typed is shown");
    // The answer brings the new session's own token, for the form and as the cookie.
    r.getCookies().forEach(now.cookies::put);
    assertEquals(
        now.cookies.get("csrf-token"),
        d.selectFirst("form input[name=csrf-token]").attr("value"),
        path + ": the form offered again carries the session's token");
    return d;
  }

  /** Sends the form offered again, as the button does. */
  private static Response resend(Editors.Session s, Document page) {
    Element form = page.getElementById("csrf-resend").closest("form");
    Map<String, List<String>> values = new HashMap<>();
    for (Element in : form.select("input[type=hidden]")) {
      values.computeIfAbsent(in.attr("name"), k -> new ArrayList<>()).add(in.attr("value"));
    }
    Map<String, Object> flat = new HashMap<>();
    values.forEach((k, v) -> flat.put(k, v.size() == 1 ? v.get(0) : v));
    return s.postRaw(form.attr("action"), flat);
  }
}
