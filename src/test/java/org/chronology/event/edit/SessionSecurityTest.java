package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import org.chronology.account.AccountService;
import org.junit.jupiter.api.Test;

/** Sessions end on the server; CSRF tokens belong to a session; the sign-in form has one too. */
@QuarkusTest
class SessionSecurityTest {

  /** A copy of the session's cookies, as someone who captured them would replay them. */
  private static Map<String, String> copy(Editors.Session s) {
    return new HashMap<>(s.cookies);
  }

  private static int replay(Map<String, String> cookies, String path) {
    return given().redirects().follow(false).cookies(cookies).get(path).statusCode();
  }

  @Test
  void aSessionCopiedBeforeSignOutNoLongerWorksAfterIt() {
    Editors.Session ed = Editors.editor();
    ed.get("/review").then().statusCode(200);
    Map<String, String> captured = copy(ed);
    assertEquals(200, replay(captured, "/review"), "the copy works while the session lasts");

    Response out = ed.post("/logout", "/logout", Map.of());
    assertEquals(303, out.statusCode());

    int status = replay(captured, "/review");
    assertNotEquals(200, status, "the replayed cookies no longer open the review queue");
    assertTrue(status == 302 || status == 401, "sent to sign in, got " + status);
  }

  @Test
  void aNewPasswordEndsEarlierSessions() {
    String name = Editors.newAccount(false);
    Editors.Session ed = Editors.signIn(name);
    ed.get("/review").then().statusCode(200);
    assertTrue(
        Arc.container()
            .instance(AccountService.class)
            .get()
            .changePassword(name, "another-long-password"));
    assertNotEquals(200, ed.get("/review").statusCode());
  }

  @Test
  void aCsrfTokenFromAnotherSessionIsRefused() {
    Editors.Session a = Editors.editor();
    Editors.Session b = Editors.editor();
    String tokenA = a.token("/articles/new");
    // b's session with a's CSRF cookie and token: the pair matches, but belongs to another session.
    Map<String, String> mixed = new HashMap<>(b.cookies);
    mixed.put("csrf-token", a.cookies.get("csrf-token"));
    Response r =
        given()
            .redirects()
            .follow(false)
            .cookies(mixed)
            .contentType(ContentType.URLENC)
            .formParam("csrf-token", tokenA)
            .formParam("confirm", "999999999")
            .post("/review/confirm");
    assertEquals(403, r.statusCode(), "a token of another session is refused");

    // A made-up matching cookie/token pair is refused as well.
    String madeUp = "AAAAAAAAAAAAAAAAAAAAAA";
    Map<String, String> forged = new HashMap<>(b.cookies);
    forged.put("csrf-token", madeUp);
    Response f =
        given()
            .redirects()
            .follow(false)
            .cookies(forged)
            .contentType(ContentType.URLENC)
            .formParam("csrf-token", madeUp)
            .formParam("confirm", "999999999")
            .post("/review/confirm");
    assertEquals(403, f.statusCode());

    // The editor's own token still works.
    Response own = b.post("/review/confirm", "/review", Map.of("confirm", "999999999"));
    assertEquals(303, own.statusCode());
  }

  @Test
  void theSignInFormNeedsItsCsrfToken() {
    String name = Editors.newAccount(false);
    Response r =
        given()
            .redirects()
            .follow(false)
            .contentType(ContentType.URLENC)
            .formParam("j_username", name)
            .formParam("j_password", Editors.PASSWORD)
            .post("/j_security_check");
    assertTrue(r.getHeader("Location").contains("error"), "refused without the form's token");
    assertNull(r.getCookie("quarkus-credential"), "no session without the form's token");
    Editors.signIn(name).get("/review").then().statusCode(200);
  }
}
