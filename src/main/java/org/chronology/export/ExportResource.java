package org.chronology.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.OutputStream;
import org.chronology.actor.ActorParameterResolver;
import org.chronology.api.KnownParameters;
import org.chronology.event.query.EventFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * Downloads of any filtered chronology ({@code /export/events.csv} …) with the same filter
 * parameters as the page and {@code /api/events}, newest first. The filter is checked before the
 * first byte (a bad one is a 400); the events are then streamed ({@link EventStreamer}), so an
 * export of a million events never sits in memory. There is no row limit.
 */
@Path("/export")
@Tag(name = "exports")
@KnownParameters({"year", "from", "to", "actor", "type", "q", "status", "review", "article"})
public class ExportResource {

  private static final Logger LOG = Logger.getLogger(ExportResource.class);

  @Inject EventStreamer streamer;
  @Inject ActorParameterResolver actorNames;
  @Inject ObjectMapper mapper;

  @GET
  @Path("events.csv")
  @Produces("text/csv")
  @Operation(summary = "CSV: one row per event, UTF-8 with BOM, actors and sources joined")
  public Response csv(@Context UriInfo uri) {
    return export(uri, ExportFormat.CSV);
  }

  @GET
  @Path("events.json")
  @Produces("application/json")
  @Operation(summary = "JSON: an array of events in the /api/events item shape")
  public Response json(@Context UriInfo uri) {
    return export(uri, ExportFormat.JSON);
  }

  @GET
  @Path("events.jsonl")
  @Produces("application/jsonl")
  @Operation(summary = "JSON Lines: one /api/events item per line")
  public Response jsonLines(@Context UriInfo uri) {
    return export(uri, ExportFormat.JSONL);
  }

  @GET
  @Path("events.ics")
  @Produces("text/calendar")
  @Operation(summary = "iCalendar: all-day events over each dated event's interval")
  public Response calendar(@Context UriInfo uri) {
    return export(uri, ExportFormat.ICS);
  }

  @GET
  @Path("events.timeline.json")
  @Produces("application/json")
  @Operation(summary = "TimelineJS 3 JSON, dates at their real precision")
  public Response timeline(@Context UriInfo uri) {
    return export(uri, ExportFormat.TIMELINE);
  }

  @GET
  @Path("events.geojson")
  @Produces("application/geo+json")
  @Operation(summary = "GeoJSON FeatureCollection of the events with a known place")
  public Response geoJson(@Context UriInfo uri) {
    return export(uri, ExportFormat.GEOJSON);
  }

  private Response export(UriInfo uri, ExportFormat format) {
    EventFilter filter = EventFilter.parse(actorNames.resolve(uri.getQueryParameters()));
    String base = uri.getBaseUri().toString();
    StreamingOutput body =
        out -> {
          EventWriter w = writer(format, out, base);
          w.begin();
          try {
            streamer.stream(filter, EventStreamer.NEWEST_FIRST, 0, w::write);
          } catch (IOException | RuntimeException e) {
            // Headers are gone: the client sees a cut-off file, the log says why.
            LOG.warnf("Export %s stopped: %s", format.extension(), e.toString());
            throw e;
          }
          w.end();
          out.flush();
        };
    return Response.ok(body, format.mediaType())
        .header(
            "Content-Disposition", "attachment; filename=\"chronology." + format.extension() + "\"")
        .build();
  }

  private EventWriter writer(ExportFormat format, OutputStream out, String base)
      throws IOException {
    return switch (format) {
      case CSV -> new CsvEventWriter(out, base);
      case JSON -> new JsonEventWriter(out, mapper, false);
      case JSONL -> new JsonEventWriter(out, mapper, true);
      case ICS -> new IcsEventWriter(out, base);
      case TIMELINE -> new TimelineEventWriter(out, mapper, base, "Chronology");
      case GEOJSON -> new GeoJsonEventWriter(out, mapper, base);
    };
  }
}
