package org.chronology.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.Test;

/** The produced OpenAPI document describes every endpoint, parameter, response and error. */
@QuarkusTest
class OpenApiDocumentTest {

  private static final Set<String> EXPECTED =
      Set.of(
          "/api/events",
          "/api/events/{id}",
          "/api/years",
          "/api/actors",
          "/api/actors/{id}",
          "/api/articles",
          "/api/articles/{id}",
          "/api/quality",
          "/export/events.csv",
          "/export/events.json",
          "/export/events.jsonl",
          "/export/events.ics",
          "/export/events.timeline.json",
          "/export/events.geojson",
          "/feed/events.atom");

  @Test
  void everyApiPathAndParameterIsDescribed() throws Exception {
    String body = Fetch.text("/q/openapi?format=json");
    JsonNode doc = new ObjectMapper().readTree(body);
    assertTrue(doc.get("openapi").asText().startsWith("3."), "an OpenAPI 3 document");
    assertNotNull(doc.get("info").get("title"));
    JsonNode paths = doc.get("paths");
    Set<String> documented = new TreeSet<>();
    paths
        .fieldNames()
        .forEachRemaining(
            p -> {
              if (ApiDocumentation.documented(p)) {
                documented.add(p);
              }
            });
    assertTrue(documented.containsAll(EXPECTED), "missing: " + missing(documented));
    List<String> problems = new ArrayList<>();
    for (String path : documented) {
      JsonNode get = paths.get(path).get("get");
      if (get == null) {
        problems.add(path + ": no GET");
        continue;
      }
      if (text(get, "summary") == null && text(get, "description") == null) {
        problems.add(path + ": no summary");
      }
      Set<String> names = new TreeSet<>();
      for (JsonNode p : iterable(get.get("parameters"))) {
        names.add(p.get("name").asText());
        if (text(p, "description") == null) {
          problems.add(path + " parameter " + p.get("name") + ": no description");
        }
        if (p.get("schema") == null) {
          problems.add(path + " parameter " + p.get("name") + ": no schema");
        }
      }
      for (String q : ApiDocumentation.QUERY.getOrDefault(path, List.of())) {
        if (!names.contains(q)) {
          problems.add(path + ": parameter " + q + " not documented");
        }
      }
      if (path.contains("{id}") && !names.contains("id")) {
        problems.add(path + ": path parameter id not documented");
      }
      JsonNode responses = get.get("responses");
      if (responses == null || responses.get("200") == null) {
        problems.add(path + ": no 200");
      } else {
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> r = it.next();
          if (text(r.getValue(), "description") == null) {
            problems.add(path + " response " + r.getKey() + ": no description");
          }
        }
        if (!names.isEmpty() && responses.get("400") == null) {
          problems.add(path + ": no 400");
        }
        if (path.contains("{id}") && responses.get("404") == null) {
          problems.add(path + ": no 404");
        }
      }
    }
    assertEquals(List.of(), problems);
    JsonNode error = doc.get("components").get("schemas").get("Error");
    assertNotNull(error, "the error body is described");
    assertTrue(error.get("properties").has("parameter"));
    // The 400 of /api/events points at it.
    assertEquals(
        "#/components/schemas/Error",
        paths
            .get("/api/events")
            .get("get")
            .get("responses")
            .get("400")
            .get("content")
            .get("application/json")
            .get("schema")
            .get("$ref")
            .asText());
  }

  @Test
  void swaggerUiIsServedByTheApplication() {
    String html = Fetch.text("/q/swagger-ui/");
    assertTrue(html.contains("swagger-ui"), "the bundled Swagger UI");
    assertTrue(!html.contains("unpkg.com") && !html.contains("cdn.jsdelivr"), "no CDN");
  }

  private static Set<String> missing(Set<String> documented) {
    Set<String> m = new TreeSet<>(EXPECTED);
    m.removeAll(documented);
    return m;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.asText().isBlank() ? null : v.asText();
  }

  private static Iterable<JsonNode> iterable(JsonNode array) {
    return array == null ? List.of() : array::elements;
  }
}
