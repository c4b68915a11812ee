package org.chronology.web;

import io.quarkus.qute.Template;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * A form refused for its CSRF token (missing or expired: the token cookie is gone after a restart
 * or a long pause) answers a page that says so and offers to send the same input again with a fresh
 * token, instead of a blank 400. The CSRF filter refuses with an empty 400; nothing else in the
 * application answers a form post with an empty 400.
 */
public class CsrfFailurePage {

  /** The token's form field and cookie (quarkus-rest-csrf's defaults, which we keep). */
  static final String TOKEN = "csrf-token";

  private static final int TOKEN_BYTES = 16;

  /** Bounds on what is carried back into the page. */
  private static final int MAX_FIELDS = 200;

  private static final int MAX_VALUE = 200_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** One field of the refused form, to send again. */
  public record Field(String name, String value) {}

  private final Template csrfFailure;
  private final Ui ui;
  private final CurrentVertxRequest vertx;

  public CsrfFailurePage(Template csrfFailure, Ui ui, CurrentVertxRequest vertx) {
    this.csrfFailure = csrfFailure;
    this.ui = ui;
    this.vertx = vertx;
  }

  /** The page the form came from, when it is one of ours; else the chronology. */
  private static String back(ContainerRequestContext request) {
    String referer = request.getHeaderString("Referer");
    String host = request.getUriInfo().getBaseUri().toString();
    if (referer != null && referer.startsWith(host) && referer.length() < 2000) {
      return "/" + referer.substring(host.length()).replaceFirst("^/", "");
    }
    return "/";
  }

  @ServerResponseFilter
  public void explain(ContainerRequestContext request, ContainerResponseContext response) {
    MediaType type = request.getMediaType();
    if (response.getStatus() != 400
        || response.hasEntity()
        || !"POST".equals(request.getMethod())
        || request.getUriInfo().getPath().startsWith("/api")
        || type == null
        || !(type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
            || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
      return;
    }
    List<Field> fields = new ArrayList<>();
    boolean hadFile = false;
    if (request instanceof ResteasyReactiveContainerRequestContext rr
        && rr.getServerRequestContext() instanceof ResteasyReactiveRequestContext ctx
        && ctx.getFormData() != null) {
      FormData form = ctx.getFormData();
      for (String name : form) {
        if (name.equals(TOKEN)) {
          continue;
        }
        for (FormValue v : form.get(name)) {
          if (v.isFileItem()) {
            hadFile = true;
          } else if (fields.size() < MAX_FIELDS
              && v.getValue() != null
              && v.getValue().length() <= MAX_VALUE) {
            fields.add(new Field(name, v.getValue()));
          }
        }
      }
    }
    // A fresh token for the page's form: the CSRF filter reads it from the routing context and its
    // cookie goes with this answer.
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    RoutingContext rc = vertx.getCurrent();
    if (rc != null) {
      rc.put("csrf_token", token);
      rc.put("csrf_token_bytes", bytes);
    }
    String cookie = TOKEN + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
    String html =
        ui.localize(
                csrfFailure
                    .data("action", request.getUriInfo().getRequestUri().getRawPath())
                    .data("fields", fields)
                    .data("hadFile", hadFile)
                    .data("back", back(request))
                    .data("tokenName", TOKEN)
                    .data("token", token))
            .render();
    response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
    response.getHeaders().add("Set-Cookie", cookie);
    response.setEntity(html);
  }
}
