package org.chronology.actor.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorQueryService;
import org.chronology.common.NotFound;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.event.query.PublicRead;
import org.chronology.event.view.EventGroups;
import org.chronology.event.view.EventGroups.YearGroup;
import org.chronology.event.view.YearStrip;
import org.chronology.web.Ids;
import org.chronology.web.Ui;

/** One actor: names, aliases, office and country, and their events over the years. */
@Path("/actors")
@Produces(MediaType.TEXT_HTML)
public class ActorPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance show(
        Actor actor, Page<EventView> events, List<YearGroup> groups, YearStrip strip);
  }

  /** The actor page shows this many events; the chronology filtered by the actor shows all. */
  private static final int SHOWN = 200;

  private final ActorQueryService actors;
  private final EventQueryService events;
  private final Ui ui;

  public ActorPage(ActorQueryService actors, EventQueryService events, Ui ui) {
    this.actors = actors;
    this.events = events;
    this.ui = ui;
  }

  @GET
  @PublicRead
  @Path("{id}")
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance show(@PathParam("id") String id) {
    long actorId = Ids.parse("id", id);
    Actor actor = actors.byId(actorId).orElseThrow(() -> NotFound.actor(actorId));
    MultivaluedHashMap<String, String> q = new MultivaluedHashMap<>();
    q.add("actor", String.valueOf(actorId));
    q.add("size", String.valueOf(SHOWN));
    EventFilter filter = EventFilter.parse(q);
    Page<EventView> page = events.find(filter);
    YearStrip strip =
        YearStrip.of(
            events.histogram(filter), null, !ui.isEn(), y -> "/?actor=" + actorId + "&year=" + y);
    return ui.localize(Templates.show(actor, page, EventGroups.group(page.items()), strip));
  }
}
