package org.chronology.actor.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.chronology.actor.Actor;
import org.chronology.actor.ActorQueryService;
import org.chronology.actor.ActorRoutes;
import org.chronology.common.NotFound;
import org.chronology.event.EventRoutes;
import org.chronology.event.query.EventFacetQuery;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.ActorCount;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.event.query.EventViews.YearTypeCount;
import org.chronology.event.query.PublicRead;
import org.chronology.event.view.AxisFragment;
import org.chronology.event.view.EventGroups;
import org.chronology.event.view.EventGroups.YearGroup;
import org.chronology.event.view.RelationChart;
import org.chronology.event.view.TimeAxes;
import org.chronology.event.view.TimeAxis;
import org.chronology.event.view.YearStrip;
import org.chronology.web.Ids;
import org.chronology.web.Ui;
import org.chronology.web.cache.CachedPage;

/** One actor: names, aliases, office and country, and their events over the years. */
@Path("/actors")
@Produces(MediaType.TEXT_HTML)
public class ActorPage {

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance show(
        Actor actor,
        Page<EventView> events,
        List<YearGroup> groups,
        YearStrip strip,
        TimeAxis axis,
        Relations relations);
  }

  /** Actors most often in the same events, with how many; one of them over the years. */
  public record Relations(
      List<ActorCount> coActors, ActorCount with, RelationChart chart, String compareHref) {}

  /** Co-actors listed. */
  private static final int CO_ACTORS = 12;

  /**
   * The actor page shows this many events, as many as a page of the chronology (a small first
   * response paints sooner: 200 cards were most of the page's bytes); its link to the chronology
   * filtered by the actor shows all, a page at a time.
   */
  private static final int SHOWN = 20;

  @Inject ActorQueryService actors;
  @Inject EventQueryService events;
  @Inject EventFacetQuery facets;
  @Inject Ui ui;
  @Inject TimeAxes axes;
  @Inject AxisFragment axisFragment;

  @GET
  @CachedPage
  @PublicRead
  @Path("{id}")
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance show(
      @PathParam("id") String id, @Context UriInfo uri, @Context HttpHeaders headers) {
    long actorId = Ids.parse(NotFound.Kind.ACTOR, id);
    Actor actor = actors.byId(actorId).orElseThrow(() -> NotFound.actor(actorId));
    MultivaluedHashMap<String, String> q = new MultivaluedHashMap<>();
    q.add("actor", String.valueOf(actorId));
    q.add("size", String.valueOf(SHOWN));
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    // A span chosen on the time axis narrows the list.
    for (String p : List.of("from", "to")) {
      if (params.containsKey(p)) {
        q.put(p, params.get(p));
      }
    }
    EventFilter filter = EventFilter.parse(q);
    Page<EventView> page = events.find(filter);
    List<YearTypeCount> histogram = facets.histogram(filter(List.of(actorId)));
    YearStrip strip =
        YearStrip.of(
            histogram,
            null,
            !ui.isEn(),
            y -> EventRoutes.CHRONOLOGY.with() + "?actor=" + actorId + "&year=" + y);
    TimeAxis axis =
        axes.build(
            ActorRoutes.PAGE.with(actorId),
            params,
            filter,
            List.of(),
            histogram.stream().map(YearTypeCount::year).max(Integer::compare).orElse(null));
    if (AxisFragment.asked(headers)) {
      return axisFragment.of(axis);
    }
    return ui.localize(
        Templates.show(
            actor,
            page,
            EventGroups.group(page.items()),
            strip,
            axis,
            relations(actorId, params.getFirst("with"))));
  }

  private Relations relations(long actorId, String withParam) {
    EventFilter own = filter(List.of(actorId));
    List<ActorCount> co = new ArrayList<>();
    for (ActorCount c : facets.actors(own, CO_ACTORS + 1)) {
      if (c.id() != actorId && co.size() < CO_ACTORS) {
        co.add(c);
      }
    }
    ActorCount with = co.isEmpty() ? null : co.get(0);
    if (withParam != null && !withParam.isBlank()) {
      long w = Ids.parse("with", withParam.strip());
      with = co.stream().filter(c -> c.id() == w).findFirst().orElse(with);
    }
    if (with == null) {
      return new Relations(co, null, null, null);
    }
    RelationChart chart =
        RelationChart.of(
            facets.years(own), facets.years(filter(List.of(actorId, with.id()))), !ui.isEn());
    return new Relations(
        co, with, chart, EventRoutes.COMPARE.with() + "?a=" + actorId + "&b=" + with.id());
  }

  private static EventFilter filter(List<Long> actorIds) {
    return new EventFilter(
        null, null, null, actorIds, List.of(), null, null, null, null, 0, EventFilter.DEFAULT_SIZE);
  }
}
