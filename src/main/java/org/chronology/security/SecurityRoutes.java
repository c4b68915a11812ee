package org.chronology.security;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.Cookie;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Vert.x-level pieces that must hold for every route, JAX-RS or not: {@code Secure} cookies ({@link
 * SecureCookies}) and an answer that states the limit when a request is too large (the body handler
 * refuses it with 413 before any resource runs, by default with an empty body).
 */
@ApplicationScoped
public class SecurityRoutes {

  private final long maxField;
  private final long maxBody;
  private final Engine engine;

  public SecurityRoutes(
      @ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size") MemorySize maxField,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
      Engine engine) {
    this.maxField = maxField.asLongValue();
    this.maxBody = maxBody.asLongValue();
    this.engine = engine;
  }

  void init(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::secureCookies);
    router.route().order(Integer.MIN_VALUE).failureHandler(this::tooLarge);
  }

  private void secureCookies(RoutingContext rc) {
    SecureCookies.apply(rc);
    rc.next();
  }

  private void tooLarge(RoutingContext rc) {
    if (rc.statusCode() != 413 || rc.response().headWritten()) {
      rc.next();
      return;
    }
    String path = rc.normalizedPath();
    if (path.startsWith("/api")) {
      JsonObject body =
          new JsonObject()
              .put(
                  "error",
                  "request too large: a field may hold at most "
                      + maxField
                      + " bytes and a request at most "
                      + maxBody
                      + " bytes")
              .putNull("parameter");
      rc.response()
          .setStatusCode(413)
          .putHeader("Content-Type", "application/json")
          .end(body.encode());
      return;
    }
    String lang = lang(rc);
    Template t = engine.getTemplate("tooLarge");
    String html =
        t.instance()
            .setLocale(Locale.forLanguageTag(lang))
            .data("lang", lang)
            .data("dir", "en".equals(lang) ? "ltr" : "rtl")
            .data("maxField", maxField)
            .data("maxFieldKb", maxField / 1024)
            .data("maxFieldChars", maxField / 2)
            .data("maxBodyKb", maxBody / 1024)
            .render();
    rc.response()
        .setStatusCode(413)
        .putHeader("Content-Type", "text/html;charset=UTF-8")
        .putHeader("Content-Language", lang)
        .end(html);
  }

  private static String lang(RoutingContext rc) {
    String q = rc.request().getParam("lang");
    if (q == null) {
      Cookie c = rc.request().getCookie("lang");
      q = c == null ? null : c.getValue();
    }
    return "en".equals(q) ? "en" : "ar";
  }
}
