package org.chronology.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.chronology.web.BadParameterException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * On the JSON API (and the exports and feeds, which share its filters) a query parameter the
 * endpoint does not know answers 400 naming it, so that {@code yeer=2022} never silently returns
 * everything. HTML pages keep ignoring unknown parameters ({@code utm_source}, {@code lang}).
 *
 * <p>An endpoint's known parameters are its {@code @QueryParam}s plus {@link KnownParameters}; an
 * endpoint that reads {@code UriInfo} without declaring {@link KnownParameters} is not checked.
 */
public class UnknownParameterFilter {

  private static final Set<String> CHECKED_PREFIXES = Set.of("/api/", "/export/", "/feed/");
  private final Map<Method, Optional<Set<String>>> known = new ConcurrentHashMap<>();

  @ServerRequestFilter
  public void check(ContainerRequestContext request, ResourceInfo resource) {
    String path = request.getUriInfo().getPath();
    Method method = resource.getResourceMethod();
    if (method == null || CHECKED_PREFIXES.stream().noneMatch(path::startsWith)) {
      return;
    }
    Set<String> allowed =
        known.computeIfAbsent(method, m -> Optional.ofNullable(knownOf(m))).orElse(null);
    if (allowed == null) {
      return;
    }
    List<String> unknown = new ArrayList<>();
    for (String name : new TreeSet<>(request.getUriInfo().getQueryParameters().keySet())) {
      if (!allowed.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw new BadParameterException(
          unknown.get(0),
          "unknown query parameter"
              + (unknown.size() > 1 ? "s " : " ")
              + String.join(", ", unknown)
              + (allowed.isEmpty()
                  ? "; this endpoint takes none"
                  : "; known: " + String.join(", ", new TreeSet<>(allowed))),
          unknown.get(0));
    }
  }

  /** Null when the method cannot be checked (reads parameters it does not declare). */
  private static Set<String> knownOf(Method m) {
    Set<String> out = new TreeSet<>();
    KnownParameters declared = m.getAnnotation(KnownParameters.class);
    if (declared == null) {
      declared = m.getDeclaringClass().getAnnotation(KnownParameters.class);
    }
    if (declared != null) {
      out.addAll(List.of(declared.value()));
    }
    for (Annotation[] param : m.getParameterAnnotations()) {
      for (Annotation a : param) {
        if (a instanceof QueryParam q) {
          out.add(q.value());
        } else if (a instanceof BeanParam) {
          return null;
        }
      }
    }
    if (declared == null && List.of(m.getParameterTypes()).contains(UriInfo.class)) {
      return null;
    }
    return Set.copyOf(out);
  }
}
