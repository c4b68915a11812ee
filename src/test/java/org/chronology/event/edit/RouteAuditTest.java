package org.chronology.event.edit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chronology.account.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route of the application, found by scanning the JAX-RS annotations of all its classes (not
 * a list kept by hand): each mutating one refuses anonymous users, refuses a signed-in editor
 * without the CSRF token, and, when it is for administrators, refuses an editor who has the token.
 * A new mutating route without a role fails here unless it is listed as public with its reason.
 */
@QuarkusTest
class RouteAuditTest {

  /** A JAX-RS route: method, path template, the role it requires (null: none declared). */
  record Route(String method, String path, String role, boolean multipart) {
    boolean mutating() {
      return !method.equals("GET");
    }

    /** The path with every parameter set to an id nothing has, so no real record is touched. */
    String concrete() {
      return path.replaceAll("\\{[^}]+}", "999999999");
    }

    @Override
    public String toString() {
      return method + " " + path + (role == null ? "" : " (" + role + ")");
    }
  }

  /** Mutating routes open to anyone, and why (they still need the CSRF token). */
  private static final Map<String, String> PUBLIC =
      Map.of("POST /logout", "signing out needs no account: only the form's CSRF token");

  static List<Route> routes() throws IOException, URISyntaxException {
    java.nio.file.Path root =
        Paths.get(Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Route> out = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root)) {
      for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        Class<?> c;
        try {
          c = Class.forName(name, false, RouteAuditTest.class.getClassLoader());
        } catch (Throwable e) {
          continue;
        }
        Path base = c.getAnnotation(Path.class);
        if (base == null) {
          continue;
        }
        for (Method m : c.getDeclaredMethods()) {
          String verb = verb(m);
          if (verb == null) {
            continue;
          }
          Path sub = m.getAnnotation(Path.class);
          String path = join(base.value(), sub == null ? "" : sub.value());
          Consumes consumes = m.getAnnotation(Consumes.class);
          if (consumes == null) {
            consumes = c.getAnnotation(Consumes.class);
          }
          boolean multipart =
              consumes != null
                  && Arrays.asList(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA);
          out.add(new Route(verb, path, role(c, m), multipart));
        }
      }
    }
    out.sort(java.util.Comparator.comparing(Route::toString));
    return out;
  }

  static List<Route> mutatingRoutes() throws IOException, URISyntaxException {
    return routes().stream().filter(Route::mutating).toList();
  }

  private static String verb(Method m) {
    if (m.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (m.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    if (m.isAnnotationPresent(DELETE.class)) {
      return "DELETE";
    }
    if (m.isAnnotationPresent(PATCH.class)) {
      return "PATCH";
    }
    return m.isAnnotationPresent(GET.class) ? "GET" : null;
  }

  private static String role(Class<?> c, Method m) {
    if (m.isAnnotationPresent(PermitAll.class)) {
      return null;
    }
    RolesAllowed r = m.getAnnotation(RolesAllowed.class);
    if (r == null) {
      r = c.getAnnotation(RolesAllowed.class);
    }
    if (r == null) {
      return null;
    }
    return Arrays.asList(r.value()).contains(Roles.ADMIN) ? Roles.ADMIN : Roles.EDITOR;
  }

  private static String join(String a, String b) {
    String p = ("/" + a + "/" + b).replaceAll("/+", "/");
    return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  @Test
  void theScanFindsTheApplicationsRoutes() throws Exception {
    List<Route> all = routes();
    assertTrue(all.stream().anyMatch(r -> r.path().equals("/api/events")), all.toString());
    assertTrue(
        mutatingRoutes().size() >= 17, "the 17 mutating routes and more: " + mutatingRoutes());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutatingRoutes")
  void everyMutatingRouteChecksAuthenticationRoleAndCsrf(Route route) {
    String key = route.method() + " " + route.path();
    boolean isPublic = PUBLIC.containsKey(key);
    assertTrue(
        route.role() != null || isPublic,
        route + " declares no role and is not listed as public with a reason");

    // 1. Anonymous, no token: refused (sent to sign in), or for a public route refused for CSRF.
    Response anon = send(route, Map.of(), null);
    int s = anon.statusCode();
    if (isPublic) {
      assertTrue(s == 400 || s == 403, route + " anonymous without CSRF token: " + s);
    } else {
      assertTrue(
          s == 401 || s == 403 || (s == 302 && anon.getHeader("Location").contains("/login")),
          route + " refused to anonymous users, got " + s);
    }

    // 2. A signed-in editor without the CSRF token: refused before anything changes.
    Editors.Session ed = Editors.editor();
    int noToken = send(route, ed.cookies, null).statusCode();
    assertTrue(noToken == 400 || noToken == 403, route + " without CSRF token: " + noToken);

    // 3. An administrators' route: an editor with a valid token is still refused.
    if (Roles.ADMIN.equals(route.role())) {
      String token = ed.token("/review");
      int withToken = send(route, ed.cookies, token).statusCode();
      assertTrue(withToken == 403, route + " refused to editors, got " + withToken);
    }
  }

  private static Response send(Route route, Map<String, String> cookies, String token) {
    var spec = given().redirects().follow(false).cookies(cookies);
    if (route.multipart()) {
      spec = spec.multiPart("reason", "route audit");
      if (token != null) {
        spec = spec.multiPart("csrf-token", token);
      }
    } else {
      spec = spec.contentType(ContentType.URLENC).formParam("reason", "route audit");
      if (token != null) {
        spec = spec.formParam("csrf-token", token);
      }
    }
    return spec.request(route.method(), route.concrete());
  }
}
