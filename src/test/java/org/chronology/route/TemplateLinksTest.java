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
import java.util.TreeMap;
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

  @Test
  void javaSpellsNoPathToAPage() throws IOException {
    List<String> spelled = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (JAVA_PATH.matcher(lines.get(i)).find()) {
            spelled.add(f + ":" + (i + 1));
          }
        }
      }
    }
    assertTrue(spelled.isEmpty(), "paths spelled instead of a route: " + spelled);
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
