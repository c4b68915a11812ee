package org.chronology.web;

import io.quarkus.qute.Template;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
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

  /** Request property set by a filter that refused a form for its session-bound token (403). */
  public static final String REFUSED = "chronology.csrf-refused";

  private static final int TOKEN_BYTES = 16;

  /** Bounds on what is carried back into the page. */
  private static final int MAX_FIELDS = 200;

  private static final int MAX_VALUE = 200_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** One field of the refused form, to send again. */
  public record Field(String name, String value) {

    /**
     * The field's name for the list of what was typed: a field repeated per row of the form ({@code
     * role-52}, {@code actorName-52}) without the row's number, so that it is named like the others
     * ({@code msg:field}) and its code value read in words.
     */
    public String label() {
      return name.replaceFirst("-\\d+$", "");
    }
  }

  /**
   * The form's bookkeeping, sent again but not listed as typed: the version it was read at, the ids
   * of the rows it shows (each row's name and role are listed), the sentence a split button stands
   * for, the revision and side of a restore, the rows picked in the review queue.
   */
  private static final java.util.Set<String> BOOKKEEPING =
      java.util.Set.of("version", "actor", "mention", "revision", "to", "ids");

  private final Template csrfFailure;
  private final Ui ui;
  private final CurrentVertxRequest vertx;
  private final Instance<CsrfTokens> sessionTokens;

  public CsrfFailurePage(
      Template csrfFailure, Ui ui, CurrentVertxRequest vertx, Instance<CsrfTokens> sessionTokens) {
    this.csrfFailure = csrfFailure;
    this.ui = ui;
    this.vertx = vertx;
    this.sessionTokens = sessionTokens;
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

  /**
   * Whether the refused form was posted from one of our own pages. A form posted from another site
   * is never offered to send again: its values would be someone else's, one click from being saved.
   */
  static boolean fromOurPages(ContainerRequestContext request) {
    String site = request.getHeaderString("Sec-Fetch-Site");
    if (site != null) {
      return site.equals("same-origin");
    }
    String origin = request.getHeaderString("Origin");
    if (origin != null) {
      String base = request.getUriInfo().getBaseUri().toString();
      return base.equals(origin + "/") || base.startsWith(origin + "/");
    }
    return true;
  }

  private static boolean isPassword(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).contains("password");
  }

  /**
   * What the page lists as typed: the fields with a value, but not the form's bookkeeping ({@link
   * #BOOKKEEPING}, the id of a choice picked from a list).
   */
  private static List<Field> shown(List<Field> fields) {
    return fields.stream()
        .filter(
            f ->
                !f.value().isBlank()
                    && !BOOKKEEPING.contains(f.name())
                    && !f.name().endsWith("Pick"))
        .toList();
  }

  @ServerResponseFilter
  public void explain(ContainerRequestContext request, ContainerResponseContext response) {
    MediaType type = request.getMediaType();
    boolean refused =
        response.getStatus() == 400
            || response.getStatus() == 403 && Boolean.TRUE.equals(request.getProperty(REFUSED));
    if (!refused
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
    boolean hadPassword = false;
    // A response filter sees the request through a wrapper that hides the form: the current
    // request context holds it (read before the CSRF filters ran, which are @WithFormRead).
    ResteasyReactiveRequestContext ctx =
        request instanceof ResteasyReactiveContainerRequestContext rr
                && rr.getServerRequestContext() instanceof ResteasyReactiveRequestContext c
            ? c
            : CurrentRequestManager.get();
    // A form that came without any token was not "expired": it could not be checked at all.
    boolean tokenMissing = false;
    if (ctx != null && ctx.getFormData() != null && fromOurPages(request)) {
      FormData form = ctx.getFormData();
      tokenMissing =
          form.get(TOKEN) == null
              || form.get(TOKEN).stream()
                  .allMatch(v -> v.isFileItem() || v.getValue() == null || v.getValue().isBlank());
      for (String name : form) {
        if (name.equals(TOKEN)) {
          continue;
        }
        for (FormValue v : form.get(name)) {
          if (v.isFileItem()) {
            hadFile = true;
          } else if (isPassword(name)) {
            // Never echoed into a page: the person types it again.
            hadPassword = true;
          } else if (fields.size() < MAX_FIELDS
              && v.getValue() != null
              && v.getValue().length() <= MAX_VALUE) {
            fields.add(new Field(name, v.getValue()));
          }
        }
      }
    }
    // The page's form needs a token: the signed-in session's own one when the session fixes it,
    // else a fresh one. The CSRF filter reads it from the routing context; its cookie goes with
    // this answer.
    RoutingContext rc = vertx.getCurrent();
    Optional<String> bound =
        rc != null && sessionTokens.isResolvable()
            ? sessionTokens.get().token(rc)
            : Optional.empty();
    byte[] bytes = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(bytes);
    String token = bound.orElse(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    if (bound.isPresent()) {
      bytes = token.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
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
                    .data("multipart", type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))
                    .data("hadPassword", hadPassword)
                    .data("tokenMissing", tokenMissing)
                    .data("shown", shown(fields))
                    .data("back", back(request))
                    .data("tokenName", TOKEN)
                    .data("token", token))
            .render();
    response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8");
    response.getHeaders().add("Set-Cookie", cookie);
    response.setEntity(html);
  }
}
