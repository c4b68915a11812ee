package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading is public; every change needs a signed-in editor (admin where it says so) and CSRF. */
@QuarkusTest
class AccessTest {

  @AfterEach
  void removeTestArticles() {
    Editors.removeTestArticles();
  }

  @Test
  void everyMutatingRouteRefusesAnonymousUsers() {
    long article = Editors.article(Editors.SAMPLE);
    Object event = Editors.events(article, null).get(0).get("id");
    Object actor = "1";
    List<String> posts =
        List.of(
            "/events/" + event + "/edit",
            "/events/" + event + "/merge",
            "/events/" + event + "/split",
            "/events/" + event + "/revert",
            "/review/confirm",
            "/review/reject",
            "/review/bulk",
            "/articles/" + article + "/edit",
            "/articles/" + article + "/events",
            "/actors/" + actor + "/edit",
            "/actors/" + actor + "/merge",
            "/admin/users",
            "/admin/users/1/disable",
            "/admin/reextract");
    for (String path : posts) {
      Response r =
          given()
              .redirects()
              .follow(false)
              .contentType("application/x-www-form-urlencoded")
              .formParam("title", "x")
              .post(path);
      assertTrue(
          r.statusCode() == 401
              || (r.statusCode() == 302 && r.getHeader("Location").contains("/login")),
          path + " refused to anonymous users, got " + r.statusCode());
    }
    for (String path :
        List.of(
            "/events/" + event + "/edit",
            "/review",
            "/admin/users",
            "/articles/" + article + "/edit")) {
      given()
          .redirects()
          .follow(false)
          .get(path)
          .then()
          .statusCode(302)
          .header("Location", containsString("/login"));
    }
    // Reading stays public, history included.
    given().get("/events/" + event).then().statusCode(200);
    given().get("/events/" + event + "/history").then().statusCode(200);
    given().get("/quality").then().statusCode(200);
    given().get("/login").then().statusCode(200).body(containsString("j_security_check"));
  }

  @Test
  void editorsCannotUseAdministratorRoutes() {
    Editors.Session editor = Editors.editor();
    Object event = Editors.sampleEvent();
    String page = "/events/" + event + "/edit";
    editor.get("/admin/users").then().statusCode(403);
    assertEquals(403, editor.post("/admin/reextract", page, Map.of()).statusCode());
    assertEquals(
        403,
        editor
            .post(
                "/admin/users", page, Map.of("username", "nobody-x", "password", "long-enough-pw"))
            .statusCode());
  }

  @Test
  void formsWithoutTheCsrfTokenAreRefusedAndChangeNothing() {
    Editors.Session editor = Editors.editor();
    Object event = Editors.sampleEvent();
    Map<String, Object> form = Forms.editForm(editor, event);
    String title = (String) form.get("title");
    form.put("title", "عنوان بلا رمز حماية");
    Response r = editor.postRaw("/events/" + event + "/edit", form);
    assertTrue(r.statusCode() == 400 || r.statusCode() == 403, "refused: " + r.statusCode());
    assertEquals(title, Editors.event(event).get("title"));
    form.put("csrf-token", "forged-token-value");
    Response forged = editor.postRaw("/events/" + event + "/edit", form);
    assertTrue(forged.statusCode() == 400 || forged.statusCode() == 403);
    assertEquals(title, Editors.event(event).get("title"));
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSiteAndBadPasswordsAreThrottled() {
    String user = Editors.newAccount(false);
    Editors.Session browser = new Editors.Session();
    String token = browser.token("/login");
    Response ok = signIn(browser, user, Editors.PASSWORD, token);
    String setCookie = String.join("\n", ok.getHeaders().getValues("Set-Cookie"));
    assertTrue(setCookie.contains("quarkus-credential="), setCookie);
    assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
    assertTrue(setCookie.toLowerCase().contains("samesite"), setCookie);

    for (int i = 0; i < 5; i++) {
      signIn(browser, user, "wrong-password-" + i, token)
          .then()
          .statusCode(302)
          .header("Location", containsString("error"));
    }
    // Locked now: even the right password is refused for a while.
    signIn(browser, user, Editors.PASSWORD, token)
        .then()
        .statusCode(302)
        .header("Location", containsString("error"));
  }

  /** The sign-in form posted with the CSRF token (and cookie) of the sign-in page. */
  private static Response signIn(
      Editors.Session browser, String user, String password, String token) {
    return given()
        .redirects()
        .follow(false)
        .cookie("csrf-token", browser.cookies.get("csrf-token"))
        .contentType("application/x-www-form-urlencoded")
        .formParam("j_username", user)
        .formParam("j_password", password)
        .formParam("csrf-token", token)
        .post("/j_security_check");
  }

  @Test
  void signingOutDropsTheSession() {
    Editors.Session ed = Editors.editor();
    ed.get("/review").then().statusCode(200);
    Response out = ed.post("/logout", "/logout", Map.of());
    assertEquals(303, out.statusCode());
    String setCookie = String.join("\n", out.getHeaders().getValues("Set-Cookie"));
    assertTrue(setCookie.contains("quarkus-credential=;"), setCookie);
    ed.get("/review").then().statusCode(302).header("Location", containsString("/login"));
  }

  @Test
  void adminsAddAndDisableEditors() {
    Editors.Session admin = Editors.admin();
    String name = "new-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    Response bad =
        admin.post("/admin/users", "/admin/users", Map.of("username", name, "password", "short"));
    assertEquals(400, bad.statusCode());
    assertTrue(bad.asString().contains("password-error"));
    Response created =
        admin.post(
            "/admin/users", "/admin/users", Map.of("username", name, "password", Editors.PASSWORD));
    assertEquals(303, created.statusCode());
    Editors.Session fresh = Editors.signIn(name);
    fresh.get("/review").then().statusCode(200);

    String page = admin.get("/admin/users").asString();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "<td><bdi dir=\"ltr\">"
                    + name
                    + "</bdi></td>.*?action=\"/admin/users/(\\d+)/disable\"",
                java.util.regex.Pattern.DOTALL)
            .matcher(page);
    assertTrue(m.find(), "the new account is listed with a disable button");
    assertEquals(
        303,
        admin
            .post("/admin/users/" + m.group(1) + "/disable", "/admin/users", Map.of())
            .statusCode());
    // The disabled account's session no longer works, and it cannot sign in again.
    fresh.get("/review").then().statusCode(anyOf(is(302), is(401)));
    Editors.Session browser = new Editors.Session();
    signIn(browser, name, Editors.PASSWORD, browser.token("/login"))
        .then()
        .header("Location", containsString("error"));
  }
}
