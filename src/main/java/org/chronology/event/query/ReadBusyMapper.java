package org.chronology.event.query;

import io.quarkus.qute.Template;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chronology.web.Ui;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A refused or stopped public read: 503 with Retry-After; the documented JSON {@code {"error"}}
 * under {@code /api}, the error page elsewhere.
 */
public class ReadBusyMapper {

  private final Template error;
  private final Ui ui;

  public ReadBusyMapper(Template error, Ui ui) {
    this.error = error;
    this.ui = ui;
  }

  @ServerExceptionMapper
  public Response busy(ReadBusyException e, UriInfo uri) {
    Response.ResponseBuilder r =
        Response.status(Response.Status.SERVICE_UNAVAILABLE)
            .header("Retry-After", String.valueOf(e.retryAfterSeconds()));
    if (uri.getPath().startsWith("/api")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", e.getMessage());
      return r.type(MediaType.APPLICATION_JSON).entity(body).build();
    }
    String html =
        ui.localize(
                error
                    .data("status", 503)
                    .data("busy", true)
                    .data("message", e.getMessage())
                    .data("parameter", null)
                    .data("value", null))
            .render();
    return r.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .header("Content-Language", ui.getLang())
        .entity(html)
        .build();
  }
}
