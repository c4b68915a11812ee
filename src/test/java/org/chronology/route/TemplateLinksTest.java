package org.chronology.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chronology.web.Route;
import org.junit.jupiter.api.Test;

/**
 * No template or Java class spells the path of a page: links, form actions, htmx targets and
 * redirects come from the routes ({@code {route:eventPage.with(e.id)}}, {@code
 * EventRoutes.PAGE.with(id)}), and every route a template names exists with the values it wants.
 */
class TemplateLinksTest {

  /** Static files and the form sign-in's endpoint (Quarkus's, not a resource of the app). */
  static final List<String> NOT_PAGES =
      List.of("/css/", "/js/", "/fonts/", "/favicon", "/_static/", "/j_security_check");

  static final Pattern LINK =
      Pattern.compile(
          "\\b(href|action|src|formaction|hx-(?:get|post|put|patch|delete))=\"(/[^\"]*)\"");

  static final Pattern ROUTE = Pattern.compile("\\{route:(\\w+)(\\.with\\()?");

  static final Pattern JAVA_PATH =
      Pattern.compile("(URI\\.create|QueryLinks|fromPath|seeOther)\\(\\s*\"/");

  @Test
  void templatesSpellNoPathToAPage() {
    List<String> spelled = new ArrayList<>();
    templates()
        .forEach(
            (file, lines) -> {
              for (int i = 0; i < lines.size(); i++) {
                Matcher m = LINK.matcher(lines.get(i));
                while (m.find()) {
                  if (NOT_PAGES.stream().noneMatch(m.group(2)::startsWith)) {
                    spelled.add(file + ":" + (i + 1) + " " + m.group());
                  }
                }
              }
            });
    assertTrue(spelled.isEmpty(), "paths spelled instead of {route:…}: " + spelled);
  }

  @Test
  void everyRouteATemplateNamesExistsWithItsValues() {
    List<String> wrong = new ArrayList<>();
    int seen = 0;
    for (Map.Entry<String, List<String>> t : templates().entrySet()) {
      for (String line : t.getValue()) {
        Matcher m = ROUTE.matcher(line);
        while (m.find()) {
          seen++;
          try {
            Route r = TemplateRoutes.named(m.group(1));
            if ((r.arity() == 1) != (m.group(2) != null)) {
              wrong.add(t.getKey() + " " + m.group() + " wants " + r.arity() + " value(s)");
            }
          } catch (IllegalArgumentException e) {
            wrong.add(t.getKey() + " " + e.getMessage());
          }
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.valueOf(wrong));
    assertTrue(seen >= 40, seen + " routes named in templates");
  }

  /**
   * No Java string starts with the first segment of a page's path ({@code "/events/"}, {@code
   * "/review?"}, {@code "/?actor="}…) or builds a redirect or link from a literal path; prefix
   * checks of filters ({@code startsWith("/export/")}), {@code @Path}s and the OpenAPI description
   * of the public API ({@code api}) name paths without linking to them.
   */
  @Test
  void javaSpellsNoPathToAPage() throws IOException {
    Set<String> firsts = new TreeSet<>();
    TemplateRoutes.FEATURES
        .values()
        .forEach(h -> Route.named(h).values().forEach(r -> firsts.add(first(r.toString()))));
    firsts.remove("/api");
    firsts.remove("/");
    Pattern page =
        Pattern.compile("\"(\\Q" + String.join("\\E|\\Q", firsts) + "\\E)([/?\"]|$)|\"/\\?");
    List<String> spelled = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (f.toString().contains("/org/chronology/api/")) {
          continue;
        }
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          String code = line.strip();
          boolean exempt =
              code.startsWith("*")
                  || code.startsWith("//")
                  || code.startsWith("/*")
                  || code.contains("@Path(")
                  || code.contains("startsWith(");
          if (JAVA_PATH.matcher(line).find() || !exempt && page.matcher(line).find()) {
            spelled.add(f + ":" + (i + 1) + " " + code);
          }
        }
      }
    }
    assertTrue(firsts.contains("/events") && firsts.contains("/review"), String.valueOf(firsts));
    assertTrue(spelled.isEmpty(), "paths spelled instead of a route: " + spelled);
  }

  /** {@code /events/{id}/edit} is {@code /events}. */
  static String first(String path) {
    int slash = path.indexOf('/', 1);
    return slash < 0 ? path : path.substring(0, slash);
  }

  /** The scans see what they look for: a spelled link and a spelled redirect are found. */
  @Test
  void theScansFindASpelledPath() {
    Matcher m = LINK.matcher("<a href=\"/events/{e.id}\">x</a> <link href=\"/css/app.css\">");
    assertTrue(m.find());
    assertEquals("/events/{e.id}", m.group(2));
    assertTrue(m.find());
    assertTrue(NOT_PAGES.stream().anyMatch(m.group(2)::startsWith));
    assertTrue(JAVA_PATH.matcher("Response.seeOther(URI.create(\"/review?x\"))").find());
  }

  static Map<String, List<String>> templates() {
    Map<String, List<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(f.toString(), Files.readAllLines(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(out.size() > 20, out.size() + " templates");
    return out;
  }
}
