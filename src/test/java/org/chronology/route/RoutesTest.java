package org.chronology.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriBuilder;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chronology.event.EventRoutes;
import org.chronology.event.edit.EventEditPage;
import org.chronology.web.Route;
import org.junit.jupiter.api.Test;

/**
 * Every route is its resource's path as JAX-RS itself builds it ({@link UriBuilder#fromResource}),
 * so a renamed {@code @Path} renames the links; and every page has a route.
 */
class RoutesTest {

  @Test
  void everyRouteIsItsResourcesPathAsJaxRsBuildsIt() {
    int checked = 0;
    for (Class<?> holder : TemplateRoutes.FEATURES.values()) {
      for (Map.Entry<String, Route> e : Route.named(holder).entrySet()) {
        Route r = e.getValue();
        UriBuilder b = UriBuilder.fromResource(r.resource());
        if (r.method() != null) {
          b.path(pathMethod(r.resource(), r.method()));
        }
        Object[] values = Collections.nCopies(r.arity(), "7").toArray();
        assertEquals(
            b.build(values).toString(), r.with(values), holder.getSimpleName() + "." + e.getKey());
        checked++;
      }
    }
    assertTrue(checked >= 30, checked + " routes");
  }

  @Test
  void knownPathsForTheReader() {
    assertEquals("/", EventRoutes.CHRONOLOGY.with());
    assertEquals("/events/12", EventRoutes.PAGE.with(12L));
    assertEquals("/events/12/edit", EventRoutes.EDIT.with("12"));
    assertEquals("/review/bulk", EventRoutes.BULK.with());
    assertEquals("https://x.example/events/5", EventRoutes.PAGE.under("https://x.example/", 5));
    assertEquals("/events/{id}", EventRoutes.PAGE.toString());
  }

  @Test
  void aValueIsOneEncodedSegment() {
    String odd = "a b/c?d#e";
    assertEquals(
        UriBuilder.fromResource(EventEditPage.class)
            .path(pathMethod(EventEditPage.class, "history"))
            .build(odd)
            .toString(),
        EventRoutes.HISTORY.with(odd));
    assertEquals("/events/a%20b%2Fc%3Fd%23e/history", EventRoutes.HISTORY.with(odd));
  }

  @Test
  void theWrongNumberOfValuesIsAMistake() {
    assertThrows(IllegalArgumentException.class, () -> EventRoutes.PAGE.with());
    assertThrows(IllegalArgumentException.class, () -> EventRoutes.REVIEW.with(1));
  }

  @Test
  void templatesNameARouteByFeatureAndConstant() {
    assertSame(EventRoutes.EDIT, TemplateRoutes.named("eventEdit"));
    assertSame(
        org.chronology.export.ExportRoutes.JSON_LINES, TemplateRoutes.named("exportJsonLines"));
    for (String bad : new String[] {"event", "eventNope", "nopePage", "Page", ""}) {
      assertThrows(IllegalArgumentException.class, () -> TemplateRoutes.named(bad), bad);
    }
  }

  /** A resource with a {@code @Path} that is not the JSON API is a page, and pages have routes. */
  @Test
  void everyPageHasARoute() {
    Set<Class<?>> routed = new HashSet<>();
    TemplateRoutes.FEATURES
        .values()
        .forEach(h -> Route.named(h).values().forEach(r -> routed.add(r.resource())));
    Set<String> missing = new TreeSet<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.chronology")) {
      if (c.isAnnotatedWith(Path.class)) {
        String path = c.getAnnotationOfType(Path.class).value();
        if (!path.startsWith("/api") && !routed.contains(c.reflect())) {
          missing.add(c.getName() + " " + path);
        }
      }
    }
    assertTrue(missing.isEmpty(), "pages without a route: " + missing);
    assertFalse(routed.isEmpty());
  }

  static Method pathMethod(Class<?> resource, String name) {
    return Arrays.stream(resource.getDeclaredMethods())
        .filter(m -> m.getName().equals(name) && m.isAnnotationPresent(Path.class))
        .findFirst()
        .orElseThrow();
  }
}
