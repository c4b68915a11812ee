package org.chronology.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.chronology.common.NotFound;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every failure answered with the right status and the documented shape: JSON {@code {"error",
 * "parameter"}} under {@code /api}, an HTML page elsewhere. Bad input is a 400, unknown ids a 404,
 * two editors saving at once a 409, a database that does not answer a 503 (never a 500); anything
 * else a 500 in the same shape, logged with a reference and never with its details in the answer.
 */
public class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

  private final Template error;
  private final Ui ui;
  private final Limits limits;

  /** The request limits, stated on the 413 page. */
  public record Limits(long field, long body) {
    public long fieldKb() {
      return field / 1024;
    }

    /** Arabic letters take two bytes in UTF-8. */
    public long fieldChars() {
      return field / 2;
    }

    public long bodyKb() {
      return body / 1024;
    }
  }

  public ErrorMappers(
      Template error,
      Ui ui,
      @ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size") MemorySize maxField,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
    this.error = error;
    this.ui = ui;
    this.limits = new Limits(maxField.asLongValue(), maxBody.asLongValue());
  }

  @ServerExceptionMapper
  public Response badParameter(BadParameterException e, UriInfo uri, Request request) {
    Long last = e instanceof PageOutOfRangeException p ? p.last() : null;
    // A page read by a link or a typed address offers itself again without the bad value, so a
    // reader of the review queue or an actor's page is not sent back to the chronology.
    String retry =
        "GET".equals(request.getMethod()) && e.parameter() != null
            ? without(uri, e.parameter())
            : null;
    return respond(
        uri,
        new Failure(
            Response.Status.BAD_REQUEST,
            e.getMessage(),
            e.parameter(),
            e.value(),
            last,
            retry,
            null));
  }

  /** The request's own path and query, relative, with every value of {@code parameter} left out. */
  static String without(UriInfo uri, String parameter) {
    // The raw (still percent-encoded) pairs as they came, so that nothing is encoded twice; the
    // parameters' names are plain ASCII, so a raw name is compared as it is.
    URI request = uri.getRequestUri();
    StringBuilder link = new StringBuilder(request.getRawPath());
    char separator = '?';
    String query = request.getRawQuery();
    for (String pair : query == null ? new String[0] : query.split("&")) {
      String name = pair.substring(0, pair.indexOf('=') < 0 ? pair.length() : pair.indexOf('='));
      if (pair.isEmpty() || name.equals(parameter)) {
        continue;
      }
      link.append(separator).append(pair);
      separator = '&';
    }
    return link.toString();
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, UriInfo uri) {
    String message = e.getMessage() == null ? "not found" : e.getMessage();
    return respond(uri, Failure.of(Response.Status.NOT_FOUND, message));
  }

  /** Framework refusals (405, 415, a parameter that does not convert…): same status, our shape. */
  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    Response r = e.getResponse();
    if (r == null || r.getStatus() < 400) {
      return r;
    }
    Response.Status status = Response.Status.fromStatusCode(r.getStatus());
    if (status == null) {
      return r;
    }
    String message = e.getMessage() == null ? status.getReasonPhrase() : e.getMessage();
    if (r.getStatus() == 413) {
      message =
          "request too large: a field may hold at most "
              + limits.field()
              + " bytes and a request at most "
              + limits.body()
              + " bytes";
    }
    Response ours = respond(uri, Failure.of(status, message));
    Response.ResponseBuilder b = Response.fromResponse(ours);
    if (r.getHeaderString("Allow") != null) {
      b.header("Allow", r.getHeaderString("Allow"));
    }
    return b.build();
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, UriInfo uri) {
    if (Failures.databaseUnavailable(e)) {
      LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.toString());
      return Response.fromResponse(
              respond(
                  uri,
                  Failure.of(
                      Response.Status.SERVICE_UNAVAILABLE,
                      "the database is unavailable; try again shortly")))
          .header("Retry-After", "10")
          .build();
    }
    if (Failures.conflict(e)) {
      LOG.infof("Concurrent change refused on %s: %s", uri.getPath(), e.toString());
      return respond(
          uri,
          Failure.of(
              Response.Status.CONFLICT,
              "someone else changed this record at the same time; reload and try again"));
    }
    if (Failures.badValue(e)) {
      return respond(
          uri,
          Failure.of(
              Response.Status.BAD_REQUEST,
              "a value is outside what can be stored (a date beyond year 9999, a NUL character…)"));
    }
    String ref = UUID.randomUUID().toString().substring(0, 8);
    LOG.errorf(e, "Unexpected failure %s on %s", ref, uri.getPath());
    return respond(
        uri,
        Failure.of(
            Response.Status.INTERNAL_SERVER_ERROR, "internal error (reference " + ref + ")"));
  }

  @ServerExceptionMapper
  public Response notFound(NotFound e, UriInfo uri) {
    if (uri.getPath().startsWith("/api")) {
      return respond(uri, Failure.of(Response.Status.NOT_FOUND, e.getMessage()));
    }
    Msg msg = MessageBundles.get(Msg.class, Localized.Literal.of(ui.getLang()));
    String message =
        switch (e.kind()) {
          case EVENT -> msg.noEvent(e.shown());
          case ARTICLE -> msg.noArticle(e.shown());
          case ACTOR -> msg.noActor(e.shown());
        };
    return respond(
        uri,
        new Failure(
            Response.Status.NOT_FOUND, ui.digits(message), "entity", null, null, null, e.trail()));
  }

  /**
   * What a failure's answer says: its status and message, and for the error page the parameter at
   * fault and its value, the last page there is ({@code ?page=} past the end), an address to try
   * again without the bad value, and the history link of a merged event. All but the first two may
   * be null.
   */
  record Failure(
      Response.Status status,
      String message,
      String parameter,
      String value,
      Long last,
      String retry,
      String trail) {

    /** A failure said by its status and message alone. */
    static Failure of(Response.Status status, String message) {
      return new Failure(status, message, null, null, null, null, null);
    }
  }

  private Response respond(UriInfo uri, Failure f) {
    if (uri.getPath().startsWith("/api")
        || uri.getPath().startsWith("/export/")
        || uri.getPath().startsWith("/feed/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", f.message());
      body.put("parameter", f.parameter());
      return Response.status(f.status()).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
    String html =
        ui.localize(
                error
                    .data("status", f.status().getStatusCode())
                    .data("message", f.message())
                    .data("parameter", f.parameter())
                    .data("value", f.value())
                    .data("last", f.last())
                    .data("retry", f.retry())
                    .data("trail", f.trail())
                    .data("limits", limits))
            .render();
    return Response.status(f.status())
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Content-Language", ui.getLang())
        .entity(html)
        .build();
  }
}
