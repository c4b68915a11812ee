package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.chronology.account.Account;
import org.chronology.account.AccountService;
import org.chronology.account.SessionGuard;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A browser that still holds the cookies of a session that has ended reads public pages and the API
 * as anyone does, has those cookies cleared, and is sent to sign in once on an editors' page —
 * never in a loop. Over real HTTP, for each way a session ends.
 */
@QuarkusTest
class StaleSessionTest {

  static final String FORM_COOKIE = "quarkus-credential";

  /** The ways a browser can be left with the cookies of an ended session. */
  enum Ended {
    SIGNED_OUT_ELSEWHERE {
      @Override
      Map<String, String> cookies(String name) {
        Editors.Session here = Editors.signIn(name);
        Editors.Session there = Editors.signIn(name);
        there.post("/logout", "/logout", Map.of());
        return here.cookies;
      }
    },
    PASSWORD_CHANGED {
      @Override
      Map<String, String> cookies(String name) {
        Editors.Session s = Editors.signIn(name);
        assertTrue(accounts().changePassword(name, "another-long-password"));
        return s.cookies;
      }
    },
    ACCOUNT_DISABLED {
      @Override
      Map<String, String> cookies(String name) {
        Editors.Session s = Editors.signIn(name);
        assertTrue(accounts().setEnabled(accountId(name), false, "test"));
        return s.cookies;
      }
    },
    EPOCH_MOVED_ON {
      @Override
      Map<String, String> cookies(String name) {
        Editors.Session s = Editors.signIn(name);
        QuarkusTransaction.requiringNew()
            .run(
                () ->
                    Account.getEntityManager()
                        .createNativeQuery(
                            "update account set session_epoch = session_epoch + 1 where username = ?1")
                        .setParameter(1, name)
                        .executeUpdate());
        return s.cookies;
      }
    },
    OLD_KEY {
      @Override
      Map<String, String> cookies(String name) {
        // Both cookies as a server with another session key wrote them, for a live account.
        Editors.Session s = Editors.signIn(name);
        String oldKey = "an-earlier-session-key-of-this-site-0123456789";
        Map<String, String> c = new HashMap<>(s.cookies);
        c.put(FORM_COOKIE, formCookie(oldKey, name));
        c.put(
            SessionGuard.COOKIE,
            new SessionGuard(Optional.of(oldKey), "csrf-token").issue(accountId(name), 0));
        return c;
      }
    };

    abstract Map<String, String> cookies(String name);
  }

  @ParameterizedTest
  @EnumSource(Ended.class)
  void publicPagesRenderAsAnonymousAndTheStaleCookiesAreCleared(Ended how) {
    String name = Editors.newAccount(false);
    Map<String, String> stale = how.cookies(name);

    Response page = given().redirects().follow(false).cookies(stale).get("/");
    assertEquals(200, page.statusCode(), how + ": the chronology renders");
    assertFalse(page.asString().contains("href=\"/logout\""), how + ": read as anonymous");
    assertTrue(page.asString().contains("href=\"/login\""), how + ": offers to sign in");
    assertCleared(page, how + " on /");

    Response api = given().redirects().follow(false).cookies(stale).get("/api/events?size=1");
    assertEquals(200, api.statusCode(), how + ": the API answers");
    assertTrue(api.contentType().startsWith("application/json"), api.contentType());
    assertCleared(api, how + " on /api/events");

    Response login = given().redirects().follow(false).cookies(stale).get("/login");
    assertEquals(200, login.statusCode(), how + ": the sign-in page itself renders");
  }

  @ParameterizedTest
  @EnumSource(Ended.class)
  void anEditorsPageSendsToSignInOnceWithoutALoop(Ended how) {
    String name = Editors.newAccount(false);
    Map<String, String> jar = new HashMap<>(how.cookies(name));

    // A browser: follows redirects itself, keeping and dropping cookies as told.
    List<String> visited = new ArrayList<>();
    String path = "/review";
    Response r = null;
    for (int hop = 0; hop < 6; hop++) {
      visited.add(path);
      r = given().redirects().follow(false).cookies(jar).get(path);
      apply(r, jar);
      if (r.statusCode() != 302 && r.statusCode() != 303) {
        break;
      }
      path = r.getHeader("Location").replaceFirst("^https?://[^/]+", "");
    }
    assertEquals(List.of("/review", "/login"), visited, how + ": one redirect, to /login");
    assertEquals(200, r.statusCode());
    assertFalse(jar.containsKey(FORM_COOKIE), how + ": the stale form cookie is gone");
    assertFalse(jar.containsKey(SessionGuard.COOKIE), how + ": the stale session cookie is gone");

    if (how == Ended.ACCOUNT_DISABLED) {
      return;
    }
    // Signing in again from that same browser (its other cookies, the sign-in form's token) works.
    String token = Fetch.csrfToken(r.asString(), "the sign-in form has its token");
    Response in =
        Fetch.signIn(
            jar,
            name,
            how == Ended.PASSWORD_CHANGED ? "another-long-password" : Editors.PASSWORD,
            token);
    assertEquals(302, in.statusCode());
    assertFalse(in.getHeader("Location").contains("error"), how + ": " + in.getHeader("Location"));
    apply(in, jar);
    Response review = given().redirects().follow(false).cookies(jar).get("/review");
    assertEquals(200, review.statusCode(), how + ": signed in again");
  }

  @Test
  void aLiveSessionKeepsItsCookies() {
    Editors.Session s = Editors.editor();
    Response page = s.get("/");
    assertEquals(200, page.statusCode());
    assertTrue(page.asString().contains("href=\"/logout\""), "signed in");
    for (String set : page.headers().getValues("Set-Cookie")) {
      assertFalse(
          set.startsWith(FORM_COOKIE + "=;") || set.startsWith(SessionGuard.COOKIE + "=;"),
          "a live session is not cleared: " + set);
    }
    s.get("/review").then().statusCode(200);
  }

  private static void assertCleared(Response r, String what) {
    List<String> set = r.headers().getValues("Set-Cookie");
    for (String name : List.of(FORM_COOKIE, SessionGuard.COOKIE)) {
      assertTrue(
          set.stream().anyMatch(s -> s.startsWith(name + "=") && expires(s)),
          what + ": " + name + " cleared, Set-Cookie: " + set);
      assertFalse(
          set.stream().anyMatch(s -> s.startsWith(name + "=") && !expires(s)),
          what + ": " + name + " not renewed, Set-Cookie: " + set);
    }
  }

  private static boolean expires(String setCookie) {
    return setCookie.contains("Max-Age=0");
  }

  /** Keeps what Set-Cookie sets and drops what it expires, as a browser does. */
  private static void apply(Response r, Map<String, String> jar) {
    for (String s : r.headers().getValues("Set-Cookie")) {
      String pair = s.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).strip();
      if (expires(s)) {
        jar.remove(name);
      } else {
        jar.put(name, pair.substring(eq + 1));
      }
    }
  }

  static AccountService accounts() {
    return Arc.container().instance(AccountService.class).get();
  }

  static long accountId(String name) {
    return QuarkusTransaction.requiringNew()
        .call(() -> Account.<Account>find("username", name).firstResult().id);
  }

  /** The form mechanism's cookie (AES-GCM of "expiry:username") as written under another key. */
  static String formCookie(String key, String username) {
    try {
      byte[] k = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      byte[] iv = new byte[12];
      new SecureRandom().nextBytes(iv);
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k, "AES"), new GCMParameterSpec(128, iv));
      long expiry = System.currentTimeMillis() + 3_600_000L;
      byte[] enc = c.doFinal((expiry + ":" + username).getBytes(StandardCharsets.UTF_8));
      ByteBuffer b = ByteBuffer.allocate(1 + iv.length + enc.length);
      b.put((byte) iv.length).put(iv).put(enc);
      return Base64.getEncoder().encodeToString(b.array());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
