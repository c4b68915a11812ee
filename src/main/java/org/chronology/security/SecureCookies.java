package org.chronology.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code Secure} cookies when the site is served over HTTPS: always when the request itself came
 * over TLS (directly, or through a proxy whose {@code X-Forwarded-Proto} Quarkus trusts), and for
 * every response when {@code chronology.security.secure-cookies} is on (the {@code prod} profile,
 * meant to run behind TLS). Applied to every cookie, whoever sets it (the form login, the CSRF
 * filter, the interface-language cookies).
 */
public final class SecureCookies {

  static final String SETTING = "chronology.security.secure-cookies";

  private SecureCookies() {}

  public static boolean secure(RoutingContext rc) {
    return forced() || (rc != null && rc.request().isSSL());
  }

  static boolean forced() {
    return ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
  }

  /** Marks every cookie this response sets as {@code Secure}, just before the headers go out. */
  static void apply(RoutingContext rc) {
    if (!secure(rc)) {
      return;
    }
    rc.addHeadersEndHandler(
        v -> {
          for (Cookie c : rc.request().cookies()) {
            if (c instanceof ServerCookie sc && sc.isChanged()) {
              c.setSecure(true);
            }
          }
          List<String> set = rc.response().headers().getAll("Set-Cookie");
          if (!set.isEmpty()) {
            List<String> out = new ArrayList<>();
            for (String s : set) {
              out.add(s.toLowerCase(Locale.ROOT).contains("; secure") ? s : s + "; Secure");
            }
            rc.response().headers().remove("Set-Cookie");
            rc.response().headers().add("Set-Cookie", out);
          }
        });
  }
}
