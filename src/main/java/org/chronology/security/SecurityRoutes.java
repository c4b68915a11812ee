package org.chronology.security;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.chronology.web.Failures;
import org.chronology.web.Ui;
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
    router.route().order(Integer.MIN_VALUE).handler(this::declaredTooLarge);
    router.route().order(Integer.MIN_VALUE).failureHandler(this::tooLarge);
    router.get(TOO_LARGE).order(Integer.MIN_VALUE).handler(this::tooLargeAgain);
  }

  /**
   * Where the 413 page's language and digits switches lead: the refused request was a form's post,
   * which the switch cannot send again, so the same page is asked for here (answered 200: nothing
   * is refused this time), with the form to go back to in {@code back}.
   */
  static final String TOO_LARGE = "/too-large";

  private void secureCookies(RoutingContext rc) {
    SecureCookies.apply(rc);
    // Every text answer names its charset (a 409/400 edit page built from a bare Response had
    // none, leaving the browser to guess the encoding of Arabic text).
    rc.addHeadersEndHandler(
        v -> {
          String type = rc.response().headers().get("Content-Type");
          if (type != null
              && type.regionMatches(true, 0, "text/", 0, 5)
              && !type.toLowerCase(Locale.ROOT).contains("charset")) {
            rc.response().headers().set("Content-Type", type + ";charset=UTF-8");
          }
        });
    rc.next();
  }

  /**
   * A request whose declared length is over the limit (a file chosen in the upload form): Quarkus's
   * own check answers it with an empty 413 and closes the connection while the browser is still
   * sending, so the browser shows its own error page. Answered here first, with the page that
   * states the limit; a browser reads an answer only once it has sent the body, so the body is read
   * and dropped (up to {@link #DRAINED_AT_MOST} times the limit, past which the connection is
   * closed) and the page sent at its end.
   */
  private void declaredTooLarge(RoutingContext rc) {
    String declared = rc.request().getHeader("Content-Length");
    long length;
    try {
      length = declared == null ? -1 : Long.parseLong(declared.trim());
    } catch (NumberFormatException e) {
      length = -1;
    }
    if (length <= maxBody) {
      rc.next();
      return;
    }
    rc.response().putHeader("Connection", "close");
    rc.response().endHandler(v -> rc.request().connection().close());
    if (rc.request().isEnded()
        || "100-continue".equalsIgnoreCase(rc.request().getHeader("Expect"))
        || length > DRAINED_AT_MOST * maxBody) {
      answer(rc, 413);
      return;
    }
    long[] read = {0};
    rc.request()
        .handler(
            chunk -> {
              read[0] += chunk.length();
              if (read[0] > DRAINED_AT_MOST * maxBody) {
                rc.request().connection().close();
              }
            });
    rc.request().endHandler(v -> answer(rc, 413));
    rc.request().resume();
  }

  /**
   * The 413 page asked for again by its language or digits switch: the choice is kept in its
   * cookie, as every page keeps it (UiFilter), and the way back to the form no longer names the
   * language or digits it was sent in, so that the form follows the choice too.
   */
  private void tooLargeAgain(RoutingContext rc) {
    keepChoices(rc);
    send(rc, 200, 413, withoutChoices(localPath(rc.request().getParam("back"))));
  }

  /**
   * The language or digits the query chose, kept in their cookies as every page keeps them
   * (UiFilter), so that the pages follow the choice made on a bare error page.
   */
  private static void keepChoices(RoutingContext rc) {
    for (String name : new String[] {"lang", "digits"}) {
      String v = rc.request().getParam(name);
      if (v != null) {
        String kept =
            name.equals("lang")
                ? ("en".equals(v) ? "en" : "ar")
                : ("arab".equals(v) ? "arab" : "latn");
        rc.response()
            .addCookie(
                Cookie.cookie(name, kept)
                    .setPath("/")
                    .setMaxAge(60L * 60 * 24 * 365)
                    .setSameSite(CookieSameSite.LAX));
      }
    }
    rc.response().putHeader("Vary", "Cookie");
  }

  /** A path (and query) on this site, or null: never another site's address. */
  static String localPath(String p) {
    if (p == null
        || p.length() > 2000
        || !p.startsWith("/")
        || p.startsWith("//")
        || p.indexOf('\\') >= 0
        || p.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
      return null;
    }
    return p;
  }

  /** The path without its {@code lang} and {@code digits} parameters. */
  static String withoutChoices(String p) {
    if (p == null) {
      return null;
    }
    int q = p.indexOf('?');
    if (q < 0) {
      return p;
    }
    StringBuilder kept = new StringBuilder();
    for (String pair : p.substring(q + 1).split("&")) {
      if (pair.isEmpty()
          || pair.equals("lang")
          || pair.startsWith("lang=")
          || pair.equals("digits")
          || pair.startsWith("digits=")) {
        continue;
      }
      kept.append(kept.length() == 0 ? "?" : "&").append(pair);
    }
    return p.substring(0, q) + kept;
  }

  /** How many times the body limit a refused request's body may be read to answer it. */
  private static final long DRAINED_AT_MOST = 4;

  /**
   * Failures outside JAX-RS: a request too large for the limits (413, stating them), and a database
   * that does not answer while a session is checked (503, like the pages).
   */
  private void tooLarge(RoutingContext rc) {
    if (rc.response().headWritten()) {
      rc.next();
      return;
    }
    int status;
    if (rc.statusCode() == 413) {
      status = 413;
    } else if (rc.failure() != null && Failures.databaseUnavailable(rc.failure())) {
      status = 503;
    } else {
      rc.next();
      return;
    }
    answer(rc, status);
  }

  /** The answer of a 413 or 503 outside JAX-RS: JSON under /api, the bare error page elsewhere. */
  private void answer(RoutingContext rc, int status) {
    if (rc.response().ended()) {
      return;
    }
    String path = rc.normalizedPath();
    if (path.startsWith("/api")) {
      String message =
          status == 413
              ? "request too large: a field may hold at most "
                  + maxField
                  + " bytes and a request at most "
                  + maxBody
                  + " bytes"
              : "the database is unavailable; try again shortly";
      rc.response()
          .setStatusCode(status)
          .putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("error", message).putNull("parameter").encode());
      return;
    }
    if (status == 503) {
      rc.response().putHeader("Retry-After", "10");
      keepChoices(rc);
    }
    send(rc, status, status, status == 413 ? back(rc) : null);
  }

  /**
   * The bare error page of {@code shown} (413 or 503), answered with {@code status}. The 413 page
   * writes its limits grouped in the reader's digits and has the language and digits switches of
   * every page ({@link #TOO_LARGE}).
   */
  private void send(RoutingContext rc, int status, int shown, String back) {
    String lang = lang(rc);
    Ui ui =
        shown == 413
            ? Ui.of(
                lang,
                choice(rc, "digits"),
                TOO_LARGE,
                back == null ? "" : "back=" + URLEncoder.encode(back, StandardCharsets.UTF_8))
            : retried(rc, lang);
    Template t = engine.getTemplate("bareError");
    String html =
        t.instance()
            .setLocale(Locale.forLanguageTag(lang))
            .data("status", shown)
            .data("lang", lang)
            .data("dir", "en".equals(lang) ? "ltr" : "rtl")
            .data("ui", ui)
            .data("maxFieldKb", maxField / 1024)
            .data("maxFieldChars", maxField / 2)
            .data("maxBodyKb", maxBody / 1024)
            .data("back", back)
            .render();
    rc.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "text/html;charset=UTF-8")
        .putHeader("Content-Language", lang)
        .end(html);
  }

  /**
   * The 503 page's choices, its switches leading to the page asked for again in the other language
   * or digits (the same page when the database answers again); for a form's post, which a link
   * cannot send again, to the page the form was sent from, else to the chronology.
   */
  private static Ui retried(RoutingContext rc, String lang) {
    String path;
    String query;
    HttpMethod m = rc.request().method();
    if (HttpMethod.GET.equals(m) || HttpMethod.HEAD.equals(m)) {
      path = rc.request().path();
      query = rc.request().query();
    } else {
      String from = back(rc);
      if (from == null) {
        from = "/";
      }
      int q = from.indexOf('?');
      path = q < 0 ? from : from.substring(0, q);
      query = q < 0 ? null : from.substring(q + 1);
    }
    return Ui.of(lang, choice(rc, "digits"), path, query == null ? "" : query);
  }

  /**
   * The page the refused form was sent from (its Referer, on this site only: path and query), so
   * that the 413 page leads back to it; null when there is none.
   */
  static String back(RoutingContext rc) {
    String referer = rc.request().getHeader("Referer");
    String host = rc.request().getHeader("Host");
    if (referer == null || host == null) {
      return null;
    }
    try {
      java.net.URI uri = new java.net.URI(referer);
      if (uri.getRawAuthority() == null
          || !uri.getRawAuthority().equalsIgnoreCase(host)
          || uri.getRawPath() == null
          || !uri.getRawPath().startsWith("/")
          || uri.getRawPath().startsWith("//")) {
        return null;
      }
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static String lang(RoutingContext rc) {
    return "en".equals(choice(rc, "lang")) ? "en" : "ar";
  }

  /** The reader's choice of {@code lang} or {@code digits}: the query's, else the cookie's. */
  private static String choice(RoutingContext rc, String name) {
    String q = rc.request().getParam(name);
    if (q == null) {
      Cookie c = rc.request().getCookie(name);
      q = c == null ? null : c.getValue();
    }
    return q;
  }
}
