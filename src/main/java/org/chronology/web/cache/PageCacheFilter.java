package org.chronology.web.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.chronology.web.Ui;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Serves {@link CachedPage} pages to readers who are not signed in from {@link PageCache}, with an
 * ETag (a matching If-None-Match gets 304 and no body). Anyone signed in, or carrying a session
 * cookie at all, gets the page rendered for them and nothing is kept: a page never reaches another
 * reader than the kind it was rendered for. A page is kept only when it is a 200 without cookies of
 * its own (other than the language and digits choices) and without a CSRF token.
 */
@CachedPage
public class PageCacheFilter {

  static final String HTML = "text/html;charset=UTF-8";
  static final String JSON = "application/json;charset=UTF-8";
  private static final String PENDING = PageCacheFilter.class.getName() + ".pending";

  private record Pending(PageKey key, long version) {}

  private final PageCache cache;
  private final SavedPages saved;
  private final Ui ui;
  private final SecurityIdentity identity;
  private final String sessionCookie;
  private final String csrfField;
  private final ObjectMapper json;

  public PageCacheFilter(
      PageCache cache,
      SavedPages saved,
      ObjectMapper json,
      Ui ui,
      SecurityIdentity identity,
      @ConfigProperty(
              name = "quarkus.http.auth.form.cookie-name",
              defaultValue = "quarkus-credential")
          String sessionCookie,
      @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token")
          String csrfField) {
    this.cache = cache;
    this.saved = saved;
    this.json = json;
    this.ui = ui;
    this.identity = identity;
    this.sessionCookie = sessionCookie;
    this.csrfField = "name=\"" + csrfField + "\"";
  }

  /**
   * Runs on the worker thread, after the language filter and authentication: the kept page, a 304,
   * or null to render the page.
   */
  @ServerRequestFilter
  public Response lookup(ContainerRequestContext request) {
    String method = request.getMethod();
    if (!cache.enabled()
        || !("GET".equals(method) || "HEAD".equals(method))
        || request.getCookies().containsKey(sessionCookie)
        || !identity.isAnonymous()) {
      return null;
    }
    long version = cache.version();
    if (version < 0) {
      return null;
    }
    PageKey key = key(request);
    PageCache.Entry hit = cache.get(key, version);
    if (hit == null) {
      // The first reader after a restart: the front page as last rendered, if still current.
      hit = saved.load(key, version).orElse(null);
      if (hit != null) {
        cache.put(key, hit);
      }
    }
    if (hit == null) {
      request.setProperty(PENDING, new Pending(key, version));
      return null;
    }
    String match = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (match != null && matches(match, hit.etag())) {
      return Response.notModified()
          .header(HttpHeaders.ETAG, hit.etag())
          .header(HttpHeaders.CACHE_CONTROL, "no-cache")
          .build();
    }
    return Response.ok(hit.body(), hit.contentType())
        .header(HttpHeaders.ETAG, hit.etag())
        .header(HttpHeaders.CACHE_CONTROL, "no-cache")
        .build();
  }

  /**
   * Runs before the other response filters (the template and CSRF ones among them): renders the
   * page here so that its bytes can be kept, and leaves the result as the response's entity.
   */
  @ServerResponseFilter(priority = Priorities.USER + 100_000)
  public void keep(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(PENDING) instanceof Pending pending)
        || response.getStatus() != 200
        || hasOwnCookies(response)) {
      return;
    }
    String type = HTML;
    String html = null;
    byte[] body;
    if (response.getEntity() instanceof TemplateInstance t) {
      html = t.render();
      body = html.getBytes(StandardCharsets.UTF_8);
    } else if (response.getEntity() instanceof String s) {
      html = s;
      body = html.getBytes(StandardCharsets.UTF_8);
    } else if (response.getMediaType() == null
        || MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
      // The API's answers (objects its JSON writer would write): the same bytes, written here
      // with the application's mapper so that they can be kept.
      try {
        body = json.writeValueAsBytes(response.getEntity());
      } catch (JsonProcessingException e) {
        return;
      }
      type = JSON;
    } else {
      return;
    }
    response.setEntity(body, null, MediaType.valueOf(type));
    if (html != null && html.contains(csrfField)) {
      return;
    }
    String etag = etag(body);
    PageCache.Entry kept = new PageCache.Entry(pending.version(), body, etag, type);
    cache.put(pending.key(), kept);
    saved.save(pending.key(), kept);
    response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-cache");
  }

  private PageKey key(ContainerRequestContext request) {
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    String htmx =
        (request.getHeaderString("HX-Request") != null ? "r" : "")
            + (request.getHeaderString("HX-History-Restore-Request") != null ? "h" : "")
            // The same URL answers the whole list or the axis alone, by target.
            + (request.getHeaderString("HX-Target") == null
                ? ""
                : "t:" + request.getHeaderString("HX-Target"));
    return new PageKey(
        request.getUriInfo().getPath(),
        query == null ? "" : query,
        ui.getLang(),
        ui.isArabicDigits() ? "arab" : "latn",
        htmx,
        LocalDate.now(ZoneOffset.UTC).toString());
  }

  /** A Set-Cookie other than the reader's language or digits choice makes the page personal. */
  private static boolean hasOwnCookies(ContainerResponseContext response) {
    List<Object> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (cookies == null) {
      return false;
    }
    for (Object c : cookies) {
      String name =
          c instanceof NewCookie n ? n.getName() : String.valueOf(c).split("=", 2)[0].trim();
      if (!Ui.LANG.equals(name) && !Ui.DIGITS.equals(name)) {
        return true;
      }
    }
    return false;
  }

  static boolean matches(String ifNoneMatch, String etag) {
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.trim();
      if (c.startsWith("W/")) {
        c = c.substring(2);
      }
      if (c.equals(etag) || c.equals("*")) {
        return true;
      }
    }
    return false;
  }

  /** A strong validator from the bytes: the same page after an unrelated write keeps its ETag. */
  static String etag(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(d, 0, 12) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
