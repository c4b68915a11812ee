package org.chronology.event.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import org.chronology.actor.ActorQueryService;
import org.chronology.actor.ActorQueryService.ActorOption;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.event.query.EventViews.YearCount;

/** The chronology: events grouped by year, newest first, filtered by the query string. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ChronologyPage {

  private static final int PAGE_SIZE = 100;

  /** Events of one year (or of no known date: {@code year} null). */
  public record YearGroup(Integer year, List<EventView> events) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(
        EventFilter filter,
        Page<EventView> page,
        List<YearGroup> groups,
        List<YearCount> years,
        List<ActorOption> actors,
        String nextPage);
  }

  private final EventQueryService events;
  private final ActorQueryService actors;

  public ChronologyPage(EventQueryService events, ActorQueryService actors) {
    this.events = events;
    this.actors = actors;
  }

  @GET
  public TemplateInstance index(@Context UriInfo uri) {
    EventFilter filter = EventFilter.parse(uri.getQueryParameters(), PAGE_SIZE);
    Page<EventView> page = events.find(filter);
    return Templates.index(
        filter,
        page,
        group(page.items()),
        events.years(filter),
        actors.withEvents(),
        nextPage(uri, page));
  }

  /** Link to the next (older) page keeping every other parameter, or null on the last page. */
  static String nextPage(UriInfo uri, Page<EventView> page) {
    if ((long) (page.page() + 1) * page.size() >= page.total()) {
      return null;
    }
    return uri.getRequestUriBuilder()
        .replaceQueryParam("page", page.page() + 1)
        .build()
        .toString()
        .replaceFirst("^[a-z]+://[^/]+", "");
  }

  static List<YearGroup> group(List<EventView> items) {
    Map<Integer, List<EventView>> byYear = new LinkedHashMap<>();
    for (EventView e : items) {
      Integer y = e.date().start() == null ? null : e.date().start().getYear();
      byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(e);
    }
    List<YearGroup> out = new ArrayList<>();
    byYear.forEach((y, list) -> out.add(new YearGroup(y, list)));
    return out;
  }
}
