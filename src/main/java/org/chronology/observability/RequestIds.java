package org.chronology.observability;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Every request gets an id: the caller's {@code X-Request-Id} when it is a short plain token,
 * otherwise a new one. It is echoed in the response and put in the logging context ({@code
 * requestId}), so every log line of the request carries it (a field of the JSON logs).
 */
@ApplicationScoped
public class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  void install(@Observes Router router) {
    router
        .route()
        .order(-1000)
        .handler(
            ctx -> {
              String id = accept(ctx.request().getHeader(HEADER));
              ctx.response().putHeader(HEADER, id);
              MDC.put(MDC_KEY, id);
              ctx.addEndHandler(v -> MDC.remove(MDC_KEY));
              ctx.next();
            });
  }

  /** The caller's id when safe to log and echo (no spaces, no line breaks), else a fresh one. */
  static String accept(String given) {
    return given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
  }
}
