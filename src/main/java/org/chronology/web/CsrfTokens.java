package org.chronology.web;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * The CSRF token forms of this request must carry, when the signed-in session fixes it: what the
 * shared web shell needs to offer a refused form again without knowing how accounts work.
 */
public interface CsrfTokens {

  Optional<String> token(RoutingContext rc);
}
