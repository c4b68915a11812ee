package org.chronology.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronology.event.Codes;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the generated OpenAPI document in one place: the endpoints that read their filters
 * through {@code UriInfo} (shared with the HTML chronology) get their query parameters, every
 * parameter a description, every operation its errors ({@code 400} with {@code {"error",
 * "parameter"}}, {@code 404} for unknown ids) and a summary. Contract: docs/events-api.md.
 */
public class ApiDocumentation implements OASFilter {

  static final String ERROR_SCHEMA = "Error";

  private static final List<String> FILTERS =
      List.of("year", "from", "to", "actor", "type", "q", "status", "review", "article");

  /** Query parameters of each documented path (besides those the code declares). */
  static final Map<String, List<String>> QUERY = new LinkedHashMap<>();

  /** Summaries for operations the code does not describe itself. */
  static final Map<String, String> SUMMARY = new LinkedHashMap<>();

  static {
    QUERY.put("/api/events", concat(FILTERS, List.of("page", "size")));
    QUERY.put("/api/years", FILTERS.stream().filter(p -> !p.equals("year")).toList());
    QUERY.put("/api/actors", List.of("q", "page", "size"));
    for (String ext : List.of("csv", "json", "jsonl", "ics", "timeline.json", "geojson")) {
      QUERY.put("/export/events." + ext, FILTERS);
    }
    QUERY.put("/feed/events.atom", FILTERS);
    SUMMARY.put("/api/events", "Events matching the filters, newest first, a page at a time");
    SUMMARY.put("/api/events/{id}", "One event with its actors and every sentence reporting it");
    SUMMARY.put("/api/articles", "Every stored article with its event count");
    SUMMARY.put("/api/articles/{id}", "One article with its stored text");
    SUMMARY.put(
        "/api/quality",
        "Per type and extractor version: machine events confirmed, edited, rejected");
  }

  private static final Map<String, String> DESCRIPTION =
      Map.ofEntries(
          Map.entry("year", "Events whose interval meets this year (e.g. 2022)."),
          Map.entry("from", "ISO date; events ending on or after it (inclusive)."),
          Map.entry("to", "ISO date; events starting on or before it (inclusive)."),
          Map.entry(
              "actor",
              "Repeatable; events with all of these actors. An actor id, or a name or alias that"
                  + " names exactly one actor (compared on normalised Arabic forms, English names"
                  + " ignoring case); otherwise 400 listing the candidates."),
          Map.entry(
              "type",
              "Repeatable; events of any of these types: visit, meeting, deal, diplomatic,"
                  + " incident, military, statement, other."),
          Map.entry("q", "Free text, Arabic-aware (normalised, clitics and prefixes matched)."),
          Map.entry("status", "happened, planned, cancelled or reported."),
          Map.entry(
              "review",
              "extracted, confirmed, edited or rejected; rejected events are listed only when"
                  + " asked for."),
          Map.entry("article", "Events reported by this article (its id)."),
          Map.entry("page", "0-based page number."),
          Map.entry("size", "Items per page."),
          Map.entry("id", "The numeric id."));

  private static final Map<String, List<String>> ENUMS =
      Map.of("type", Codes.types(), "status", Codes.statuses(), "review", Codes.reviews());

  @Override
  public void filterOpenAPI(OpenAPI api) {
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    api.getComponents()
        .addSchema(
            ERROR_SCHEMA,
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("A refused request: what is wrong, and with which parameter.")
                .addProperty("error", string().description("What is wrong, in English."))
                .addProperty(
                    "parameter",
                    string()
                        .description("The query or path parameter at fault, when there is one."))
                .addRequired("error"));
    if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
      return;
    }
    api.getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (documented(path)) {
                complete(path, item);
              }
            });
  }

  static boolean documented(String path) {
    return path.startsWith("/api/") || path.startsWith("/export/") || path.startsWith("/feed/");
  }

  private void complete(String path, PathItem item) {
    Operation op = item.getGET();
    if (op == null) {
      return;
    }
    if (op.getSummary() == null && SUMMARY.containsKey(path)) {
      op.setSummary(SUMMARY.get(path));
    }
    for (String name : QUERY.getOrDefault(path, List.of())) {
      boolean present =
          op.getParameters() != null
              && op.getParameters().stream().anyMatch(p -> name.equals(p.getName()));
      if (!present) {
        op.addParameter(queryParameter(name, path));
      }
    }
    if (op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        if (p.getDescription() == null) {
          p.setDescription(DESCRIPTION.getOrDefault(p.getName(), p.getName()));
        }
        if (p.getIn() == Parameter.In.PATH) {
          p.setSchema(
              OASFactory.createSchema()
                  .type(List.of(Schema.SchemaType.INTEGER))
                  .minimum(java.math.BigDecimal.ONE));
        }
      }
    }
    if (op.getResponses() == null) {
      op.setResponses(OASFactory.createAPIResponses());
    }
    APIResponse ok = op.getResponses().getAPIResponse("200");
    if (ok != null && ok.getDescription() == null) {
      ok.setDescription("OK");
    }
    if (ok != null && ("OK".equals(ok.getDescription()))) {
      ok.setDescription(path.startsWith("/api/") ? "The answer, as JSON." : "The file, streamed.");
    }
    boolean hasParams = op.getParameters() != null && !op.getParameters().isEmpty();
    if (hasParams) {
      op.getResponses()
          .addAPIResponse(
              "400",
              error(
                  "A bad parameter value, or a query parameter this endpoint does not know"
                      + " (named in \"parameter\")."));
    }
    if (path.contains("{id}")) {
      op.getResponses().addAPIResponse("404", error("No such id."));
    }
  }

  private static Parameter queryParameter(String name, String path) {
    Schema schema;
    switch (name) {
      case "year" -> schema = integer(1, 9999);
      case "article" -> schema = integer(1, Integer.MAX_VALUE);
      case "page" -> schema = integer(0, path.equals("/api/actors") ? 100_000 : 1_000_000);
      case "size" -> {
        boolean actors = path.equals("/api/actors");
        schema = integer(1, actors ? 100 : 1000).defaultValue(actors ? 20 : 50);
      }
      case "from", "to" -> schema = string().format("date");
      case "actor", "type" -> {
        Schema items = string();
        if (ENUMS.containsKey(name)) {
          items.enumeration(List.copyOf(ENUMS.get(name)));
        }
        schema = OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(items);
      }
      default -> {
        schema = string();
        if (ENUMS.containsKey(name)) {
          schema.enumeration(List.copyOf(ENUMS.get(name)));
        }
      }
    }
    Parameter p =
        OASFactory.createParameter()
            .name(name)
            .in(Parameter.In.QUERY)
            .required(false)
            .description(DESCRIPTION.get(name))
            .schema(schema);
    if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)) {
      p.style(Parameter.Style.FORM).explode(true);
    }
    return p;
  }

  private static Schema integer(int min, int max) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.INTEGER))
        .minimum(java.math.BigDecimal.valueOf(min))
        .maximum(java.math.BigDecimal.valueOf(max));
  }

  private static APIResponse error(String description) {
    MediaType json =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref("#/components/schemas/" + ERROR_SCHEMA));
    Content content = OASFactory.createContent().addMediaType("application/json", json);
    return OASFactory.createAPIResponse().description(description).content(content);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static Schema string() {
    return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
  }
}
