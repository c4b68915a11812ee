package org.chronology.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chronology.common.NotFound;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Bad input and unknown ids: JSON {@code {"error", "parameter"}} under {@code /api}, an HTML page
 * elsewhere, with the right status — never a 500.
 */
public class ErrorMappers {

  private final Template error;
  private final Ui ui;

  public ErrorMappers(Template error, Ui ui) {
    this.error = error;
    this.ui = ui;
  }

  @ServerExceptionMapper
  public Response badParameter(BadParameterException e, UriInfo uri) {
    return respond(uri, Response.Status.BAD_REQUEST, e.getMessage(), e.parameter(), e.value());
  }

  @ServerExceptionMapper
  public Response notFound(NotFoundException e, UriInfo uri) {
    String message = e.getMessage() == null ? "not found" : e.getMessage();
    return respond(uri, Response.Status.NOT_FOUND, message, null, null);
  }

  @ServerExceptionMapper
  public Response notFound(NotFound e, UriInfo uri) {
    if (uri.getPath().startsWith("/api")) {
      return respond(uri, Response.Status.NOT_FOUND, e.getMessage(), null, null);
    }
    Msg msg = MessageBundles.get(Msg.class, Localized.Literal.of(ui.getLang()));
    String message =
        switch (e.kind()) {
          case EVENT -> msg.noEvent(e.id());
          case ARTICLE -> msg.noArticle(e.id());
          case ACTOR -> msg.noActor(e.id());
        };
    return respond(uri, Response.Status.NOT_FOUND, ui.digits(message), "entity", null);
  }

  private Response respond(
      UriInfo uri, Response.Status status, String message, String parameter, String value) {
    if (uri.getPath().startsWith("/api")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", message);
      if (parameter != null) {
        body.put("parameter", parameter);
      }
      return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
    String html =
        ui.localize(
                error
                    .data("status", status.getStatusCode())
                    .data("message", message)
                    .data("parameter", parameter)
                    .data("value", value))
            .render();
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Content-Language", ui.getLang())
        .entity(html)
        .build();
  }
}
