package org.chronology.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.chronology.web.CsrfFailurePage;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;

/**
 * Ties the CSRF token to the session. quarkus-rest-csrf checks that the form's token equals the
 * CSRF cookie; for a signed-in editor this also requires that cookie to be the token derived from
 * the editor's own session ({@link SessionGuard#csrfToken}), so a cookie/token pair made up or
 * planted by someone else is refused.
 */
public class SessionCsrfFilter {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  @Inject SessionGuard sessions;
  @Inject SecurityIdentity identity;

  // After the form is read, so that a refused form's input can be offered again
  // (web.CsrfFailurePage reads it from the request's form data).
  @ServerRequestFilter
  @WithFormRead
  public Optional<Response> check(ContainerRequestContext request, RoutingContext rc) {
    if (SAFE.contains(request.getMethod()) || identity.isAnonymous()) {
      return Optional.empty();
    }
    Optional<SessionGuard.Session> s = sessions.session(rc);
    Cookie cookie = rc.request().getCookie(sessions.csrfCookieName());
    if (s.isPresent()
        && cookie != null
        && MessageDigest.isEqual(
            cookie.getValue().getBytes(StandardCharsets.UTF_8),
            sessions.csrfToken(s.get().sid()).getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    // Marked so that the refusal is explained as a form to send again (web.CsrfFailurePage), not
    // as a missing permission.
    request.setProperty(CsrfFailurePage.REFUSED, Boolean.TRUE);
    return Optional.of(Response.status(Response.Status.FORBIDDEN).build());
  }
}
