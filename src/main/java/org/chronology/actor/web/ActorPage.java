package org.chronology.actor.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorQueryService;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.web.Ids;

/** One actor: names, aliases, office and country, and their events over the years. */
@Path("/actors")
@Produces(MediaType.TEXT_HTML)
public class ActorPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance show(Actor actor, Page<EventView> events);
  }

  private final ActorQueryService actors;
  private final EventQueryService events;

  public ActorPage(ActorQueryService actors, EventQueryService events) {
    this.actors = actors;
    this.events = events;
  }

  @GET
  @Path("{id}")
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance show(@PathParam("id") String id) {
    long actorId = Ids.parse("id", id);
    Actor actor =
        actors
            .byId(actorId)
            .orElseThrow(() -> new NotFoundException("لا يوجد فاعل رقم " + actorId));
    MultivaluedHashMap<String, String> q = new MultivaluedHashMap<>();
    q.add("actor", String.valueOf(actorId));
    q.add("size", String.valueOf(EventFilter.MAX_SIZE));
    return Templates.show(actor, events.find(EventFilter.parse(q)));
  }
}
