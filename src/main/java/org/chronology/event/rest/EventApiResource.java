package org.chronology.event.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.chronology.common.NotFound;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.web.Ids;

/** The public events API (contract: events-api.md). */
@Path("/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventApiResource {

  private final EventQueryService events;

  public EventApiResource(EventQueryService events) {
    this.events = events;
  }

  @GET
  public Page<EventView> list(@Context UriInfo uri) {
    return events.find(
        EventFilter.parse(uri.getQueryParameters()),
        EventFilter.ascending(uri.getQueryParameters()));
  }

  @GET
  @Path("{id}")
  public EventView get(@PathParam("id") String id) {
    long eventId = Ids.parse("id", id);
    return events.byId(eventId).orElseThrow(() -> NotFound.event(eventId));
  }
}
