package org.chronology.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Reads the interface language and digits from the query string, falling back to cookies, and keeps
 * an explicit choice in a cookie so that every later link keeps it.
 */
public class UiFilter {

  private final Ui ui;

  public UiFilter(Ui ui) {
    this.ui = ui;
  }

  @ServerRequestFilter(preMatching = true)
  public void read(ContainerRequestContext request) {
    UriInfo uri = request.getUriInfo();
    Map<String, Cookie> cookies = request.getCookies();
    String lang = uri.getQueryParameters().getFirst(Ui.LANG);
    if (lang == null && cookies.containsKey(Ui.LANG)) {
      lang = cookies.get(Ui.LANG).getValue();
    }
    String digits = uri.getQueryParameters().getFirst(Ui.DIGITS);
    if (digits == null && cookies.containsKey(Ui.DIGITS)) {
      digits = cookies.get(Ui.DIGITS).getValue();
    }
    ui.set(lang, digits, uri.getPath(), uri.getRequestUri().getRawQuery());
    // Templates that are not localized explicitly take their locale from Accept-Language: make it
    // the reader's choice (Arabic unless English was chosen), never the browser's default.
    request.getHeaders().putSingle("Accept-Language", ui.locale().toLanguageTag());
  }

  @ServerResponseFilter
  public void remember(ContainerRequestContext request, ContainerResponseContext response) {
    Map<String, java.util.List<String>> q = request.getUriInfo().getQueryParameters();
    for (String name : new String[] {Ui.LANG, Ui.DIGITS}) {
      if (q.containsKey(name)) {
        String value =
            Ui.LANG.equals(name) ? ui.getLang() : (ui.isArabicDigits() ? "arab" : "latn");
        response
            .getHeaders()
            .add(
                "Set-Cookie",
                new NewCookie.Builder(name)
                    .value(value)
                    .path("/")
                    .maxAge(60 * 60 * 24 * 365)
                    .sameSite(NewCookie.SameSite.LAX)
                    .build());
      }
    }
    response.getHeaders().add("Vary", "Cookie, HX-Request");
  }
}
