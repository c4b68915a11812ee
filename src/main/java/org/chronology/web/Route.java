package org.chronology.web;

import io.quarkus.qute.TemplateExtension;
import jakarta.ws.rs.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The address of a page read once from its resource's {@code @Path} annotations (the class's, then
 * the method's), so that renaming a path renames every link and redirect to it. Each feature lists
 * its pages' routes as constants of one class ({@code EventRoutes.PAGE}, {@code
 * ActorRoutes.EDIT}…), which Java fills ({@code EventRoutes.PAGE.with(id)}) and templates call by
 * name ({@code {route:eventPage(e.id)}}, resolved by {@code TemplateRoutes}).
 */
public final class Route {

  /** Each routes class's constants by name, {@code JSON_LINES} as {@code jsonLines}. */
  private static final ClassValue<Map<String, Route>> BY_NAME =
      new ClassValue<>() {
        @Override
        protected Map<String, Route> computeValue(Class<?> holder) {
          Map<String, Route> m = new TreeMap<>();
          for (Field f : holder.getFields()) {
            if (f.getType() == Route.class && Modifier.isStatic(f.getModifiers())) {
              try {
                m.put(camel(f.getName()), (Route) f.get(null));
              } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
              }
            }
          }
          return Map.copyOf(m);
        }
      };

  /** The path cut at its templates: {@code /events/{id}/edit} is {@code ["/events/", "/edit"]}. */
  private final String[] literals;

  private final String template;
  private final Class<?> resource;
  private final String method;

  private Route(Class<?> resource, String method, String template) {
    this.resource = resource;
    this.method = method;
    this.template = template;
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
      parts.add(template.substring(from, open));
      from = closing(template, open) + 1;
    }
    parts.add(template.substring(from));
    this.literals = parts.toArray(String[]::new);
  }

  /** The path of a resource class (its {@code GET} without a method {@code @Path}). */
  public static Route of(Class<?> resource) {
    return new Route(resource, null, join(classPath(resource), ""));
  }

  /**
   * The path of a resource method. Methods of that name share one {@code @Path} (the GET and the
   * POST of a form); a name with two different paths is a mistake reported at start-up.
   */
  public static Route of(Class<?> resource, String method) {
    String path =
        Arrays.stream(resource.getDeclaredMethods())
            .filter(m -> m.getName().equals(method) && m.isAnnotationPresent(Path.class))
            .map(m -> m.getAnnotation(Path.class).value())
            .distinct()
            .reduce(
                (a, b) -> {
                  throw new IllegalArgumentException(
                      resource.getName() + "." + method + " has two paths: " + a + ", " + b);
                })
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        resource.getName() + "." + method + " has no @Path"));
    return new Route(resource, method, join(classPath(resource), path));
  }

  /** The path with each template filled, in order, by a value encoded as one path segment. */
  public String with(Object... values) {
    if (values.length != arity()) {
      throw new IllegalArgumentException(
          this + " wants " + arity() + " values, " + values.length + " given");
    }
    StringBuilder sb = new StringBuilder(literals[0]);
    for (int i = 0; i < values.length; i++) {
      sb.append(segment(String.valueOf(values[i]))).append(literals[i + 1]);
    }
    return sb.toString();
  }

  /** The absolute URL under the application's base URI (which ends with a slash). */
  public String under(String baseUri, Object... values) {
    return baseUri + with(values).substring(1);
  }

  /** The resource class whose {@code @Path} this is. */
  public Class<?> resource() {
    return resource;
  }

  /** The resource method's name, or null for the class's own path. */
  public String method() {
    return method;
  }

  /** How many values {@link #with} wants: the path's templates. */
  public int arity() {
    return literals.length - 1;
  }

  /** The public route constants of a routes class, by template name. */
  public static Map<String, Route> named(Class<?> holder) {
    return BY_NAME.get(holder);
  }

  /** The route a template names, {@code page} in {@code {event:page(e.id)}}. */
  public static Route named(Class<?> holder, String name) {
    Route r = BY_NAME.get(holder).get(name);
    if (r == null) {
      throw new IllegalArgumentException("no route " + name + " in " + holder.getName());
    }
    return r;
  }

  /** In a template, {@code {route:eventPage.with(e.id)}}: one value, the only arity a page has. */
  @TemplateExtension(matchName = "with")
  static String fill(Route route, Object value) {
    return route.with(value);
  }

  /** The path as its resource declares it: the page's address when it has no template. */
  @Override
  public String toString() {
    return template;
  }

  private static String classPath(Class<?> resource) {
    Path p = resource.getAnnotation(Path.class);
    if (p == null) {
      throw new IllegalArgumentException(resource.getName() + " has no @Path");
    }
    return p.value();
  }

  /** {@code /events/{id}} and {@code edit} are {@code /events/{id}/edit}; {@code /} stays. */
  private static String join(String base, String sub) {
    String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    String s = sub.startsWith("/") ? sub.substring(1) : sub;
    String p = (b.startsWith("/") ? b : "/" + b) + (s.isEmpty() ? "" : "/" + s);
    return p.isEmpty() ? "/" : p;
  }

  /** The end of a template, which may hold a regular expression with braces of its own. */
  private static int closing(String template, int open) {
    int depth = 0;
    for (int i = open; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unclosed template in " + template);
  }

  private static String camel(String constant) {
    StringBuilder sb = new StringBuilder();
    for (String w : constant.toLowerCase(Locale.ROOT).split("_")) {
      sb.append(sb.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }

  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
