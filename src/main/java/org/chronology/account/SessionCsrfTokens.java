package org.chronology.account;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.chronology.web.CsrfTokens;

/** The session-bound CSRF token ({@link SessionGuard#csrfToken}) of the signed-in editor. */
@ApplicationScoped
public class SessionCsrfTokens implements CsrfTokens {

  @Inject SessionGuard sessions;

  @Override
  public Optional<String> token(RoutingContext rc) {
    return sessions.session(rc).map(s -> sessions.csrfToken(s.sid()));
  }
}
