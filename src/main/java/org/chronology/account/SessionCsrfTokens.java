package org.chronology.account;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.chronology.web.CsrfTokens;

/** The session-bound CSRF token ({@link SessionGuard#csrfToken}) of the signed-in editor. */
@ApplicationScoped
public class SessionCsrfTokens implements CsrfTokens {

  private final SessionGuard sessions;

  public SessionCsrfTokens(SessionGuard sessions) {
    this.sessions = sessions;
  }

  @Override
  public Optional<String> token(RoutingContext rc) {
    return sessions.session(rc).map(s -> sessions.csrfToken(s.sid()));
  }
}
