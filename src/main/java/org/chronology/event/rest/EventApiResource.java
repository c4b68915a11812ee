package org.chronology.event.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.chronology.actor.ActorParameterResolver;
import org.chronology.api.KnownParameters;
import org.chronology.common.NotFound;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.event.query.PublicRead;
import org.chronology.web.Ids;
import org.chronology.web.cache.CachedPage;

/**
 * The public events API (contract: events-api.md). Its answers are kept for anonymous readers under
 * the data version like the HTML pages ({@link CachedPage}).
 */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventApiResource {

  @Inject EventQueryService events;
  @Inject ActorParameterResolver actorNames;

  @GET
  @PublicRead
  @CachedPage
  @KnownParameters({
    "year", "from", "to", "actor", "type", "q", "status", "review", "article", "page", "size",
    "sort"
  })
  public Page<EventView> list(@Context UriInfo uri) {
    MultivaluedMap<String, String> q = uri.getQueryParameters();
    return events.find(EventFilter.parse(actorNames.resolve(q)), EventFilter.ascending(q));
  }

  @GET
  @PublicRead
  @CachedPage
  @Path("{id}")
  public EventView get(@PathParam("id") String id) {
    long eventId = Ids.parse(NotFound.Kind.EVENT, id);
    return events.byId(eventId).orElseThrow(() -> NotFound.event(eventId));
  }
}
