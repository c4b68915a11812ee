package org.chronology.account;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.chronology.security.SecureCookies;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Clears the cookies of a session that has ended, so that a browser holding them reads public pages
 * as anyone does and is sent to {@code /login} once at most (never in a loop). A session has ended
 * when {@link SessionIdentityProvider} refused it (signed out elsewhere, new password, disabled,
 * epoch moved on), or when its session cookie is missing or not signed with the current key (a key
 * changed since sign-in; the form cookie then no longer decrypts either).
 */
@ApplicationScoped
public class StaleSessionCookies {

  /** Routing-context key set when the session of a request was refused. */
  static final String ENDED = "chronology.session-ended";

  @Inject SessionGuard sessions;

  @Inject
  @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
  String formCookie;

  void init(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::watch);
  }

  private void watch(RoutingContext rc) {
    Cookie form = rc.request().getCookie(formCookie);
    Cookie session = rc.request().getCookie(SessionGuard.COOKIE);
    if (form != null || session != null) {
      boolean unsigned = session == null || sessions.read(session.getValue()).isEmpty();
      rc.addHeadersEndHandler(
          v -> {
            if ((unsigned || rc.get(ENDED) != null) && !signingIn(rc)) {
              clear(rc, formCookie, CookieSameSite.LAX);
              clear(rc, SessionGuard.COOKIE, CookieSameSite.LAX);
            }
          });
    }
    rc.next();
  }

  /** A sign-in that succeeded on this request has just set fresh cookies: they stay. */
  private static boolean signingIn(RoutingContext rc) {
    return rc.request().getCookie(SessionGuard.COOKIE) instanceof ServerCookie c && c.isChanged();
  }

  private static void clear(RoutingContext rc, String name, CookieSameSite sameSite) {
    if (rc.request().getCookie(name) == null) {
      return;
    }
    rc.response()
        .addCookie(
            Cookie.cookie(name, "")
                .setPath("/")
                .setMaxAge(0)
                .setHttpOnly(true)
                .setSameSite(sameSite)
                .setSecure(SecureCookies.secure(rc)));
  }
}
