package org.chronology.event.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chronology.actor.ActorParameterResolver;
import org.chronology.api.KnownParameters;
import org.chronology.event.query.EventFacetQuery;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventViews.YearTypeCount;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/years}: the chronology's year strip as data — events per start year, by type,
 * under the filters (the year itself is what it counts, so it takes no {@code year}).
 */
@Path("/api/years")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "events")
public class YearApiResource {

  /** One year: all its events and how many of each type. */
  public record YearBar(int year, long total, Map<String, Long> types) {}

  /** The histogram, oldest year first, and how many matching events have no known date. */
  public record Years(List<YearBar> years, long undated) {}

  @Inject EventFacetQuery facets;
  @Inject ActorParameterResolver actorNames;

  @GET
  @Operation(summary = "Events per start year and type under the filters (the year strip)")
  @KnownParameters({"from", "to", "actor", "type", "q", "status", "review", "article"})
  public Years years(@Context UriInfo uri) {
    EventFilter f = EventFilter.parse(actorNames.resolve(uri.getQueryParameters()));
    Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
    for (YearTypeCount c : facets.histogram(f)) {
      byYear
          .computeIfAbsent(c.year(), y -> new LinkedHashMap<>())
          .merge(c.type(), c.count(), Long::sum);
    }
    List<YearBar> bars = new ArrayList<>();
    byYear.forEach(
        (y, types) ->
            bars.add(
                new YearBar(y, types.values().stream().mapToLong(Long::longValue).sum(), types)));
    return new Years(bars, facets.undated(f));
  }
}
