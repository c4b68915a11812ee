package org.chronology.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.chronology.security.SecureCookies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Server-side end of sessions. The form mechanism's encrypted cookie only names the user, so a copy
 * of it stays valid until it expires. Next to it, sign-in sets a session cookie signed with the
 * session key: {@code accountId:epoch:sessionId}. Each authenticated request must carry one whose
 * epoch is the account's current {@code session_epoch}; sign-out, a new password and disabling move
 * the epoch on, which ends every earlier session at once.
 *
 * <p>The session id also binds the CSRF token to the session: the token an editor's forms carry is
 * derived from it ({@link #csrfToken}), so a token planted from elsewhere is refused.
 */
@ApplicationScoped
public class SessionGuard {

  public static final String COOKIE = "chronology-session";
  private static final int SID_BYTES = 16;

  /** quarkus-rest-csrf's token size (decoded bytes); the derived token must have it. */
  private static final int CSRF_BYTES = 16;

  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private final byte[] key;
  private final String csrfCookie;
  private final SecureRandom random = new SecureRandom();

  /** A verified session cookie. */
  public record Session(long accountId, int epoch, String sid) {}

  public SessionGuard(
      @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
          Optional<String> sessionKey,
      @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token")
          String csrfCookie) {
    byte[] k;
    if (sessionKey.isPresent() && !sessionKey.get().isBlank()) {
      k = sha256(("chronology-session|" + sessionKey.get()).getBytes(StandardCharsets.UTF_8));
    } else {
      k = new byte[32];
      new SecureRandom().nextBytes(k);
    }
    this.key = k;
    this.csrfCookie = csrfCookie;
  }

  /** A new session for this account at its current epoch: the cookie's value. */
  public String issue(long accountId, int epoch) {
    byte[] sid = new byte[SID_BYTES];
    random.nextBytes(sid);
    String payload = accountId + ":" + epoch + ":" + B64.encodeToString(sid);
    return B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
        + "."
        + B64.encodeToString(mac("session|" + payload));
  }

  /** The session this cookie value carries, when its signature holds; empty otherwise. */
  public Optional<Session> read(String value) {
    if (value == null || value.length() > 512) {
      return Optional.empty();
    }
    int dot = value.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    try {
      String payload = new String(B64D.decode(value.substring(0, dot)), StandardCharsets.UTF_8);
      byte[] sig = B64D.decode(value.substring(dot + 1));
      if (!MessageDigest.isEqual(sig, mac("session|" + payload))) {
        return Optional.empty();
      }
      String[] parts = payload.split(":", -1);
      if (parts.length != 3) {
        return Optional.empty();
      }
      return Optional.of(
          new Session(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), parts[2]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** True when this request carries a valid session of this account at this epoch. */
  public boolean valid(RoutingContext rc, long accountId, int epoch) {
    Optional<Session> s = session(rc);
    return s.isPresent() && s.get().accountId() == accountId && s.get().epoch() == epoch;
  }

  public Optional<Session> session(RoutingContext rc) {
    if (rc == null) {
      return Optional.empty();
    }
    Cookie c = rc.request().getCookie(COOKIE);
    return c == null ? Optional.empty() : read(c.getValue());
  }

  /** The CSRF token of a session: the same for every form of the session, unknown elsewhere. */
  public String csrfToken(String sid) {
    return B64.encodeToString(Arrays.copyOf(mac("csrf|" + sid), CSRF_BYTES));
  }

  /** Sets the session cookie and the session's CSRF cookie on a sign-in response. */
  public void start(RoutingContext rc, long accountId, int epoch) {
    String value = issue(accountId, epoch);
    Session s = read(value).orElseThrow();
    rc.response()
        .addCookie(
            Cookie.cookie(COOKIE, value)
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX)
                .setSecure(SecureCookies.secure(rc)));
    rc.response()
        .addCookie(
            Cookie.cookie(csrfCookie, csrfToken(s.sid()))
                .setPath("/")
                .setHttpOnly(true)
                .setSameSite(CookieSameSite.LAX)
                .setSecure(SecureCookies.secure(rc)));
  }

  public String csrfCookieName() {
    return csrfCookie;
  }

  private byte[] mac(String data) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m.doFinal(data.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
