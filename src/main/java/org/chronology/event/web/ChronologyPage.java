package org.chronology.event.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.actor.ActorParameterResolver;
import org.chronology.actor.ActorQueryService;
import org.chronology.actor.ActorQueryService.ActorOption;
import org.chronology.actor.ActorQueryService.Resolved;
import org.chronology.article.ArticleQueryService;
import org.chronology.article.ArticleViews.ArticleSummary;
import org.chronology.event.Codes;
import org.chronology.event.EventRoutes;
import org.chronology.event.query.EventFacetQuery;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.ActorCount;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.event.query.EventViews.TypeCount;
import org.chronology.event.query.EventViews.YearTypeCount;
import org.chronology.event.query.PublicRead;
import org.chronology.event.view.AxisFragment;
import org.chronology.event.view.EventGroups;
import org.chronology.event.view.EventGroups.YearGroup;
import org.chronology.event.view.TimeAxes;
import org.chronology.event.view.TimeAxis;
import org.chronology.event.view.YearStrip;
import org.chronology.web.PageOutOfRangeException;
import org.chronology.web.QueryLinks;
import org.chronology.web.Ui;
import org.chronology.web.cache.CachedPage;

/**
 * The chronology. Without a year: every matching event, newest first, a page at a time. With a year
 * (chosen in the year strip): that year's events in reading order under month headings, with links
 * to the neighbouring years. Filters come from the query string, parsed by the same {@link
 * EventFilter} as {@code /api/events}; a page costs a fixed number of SQL statements.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ChronologyPage {

  /**
   * Events per page. A first screen shows three to six; twenty keep the first response small (100
   * cards were 80 KB that Chromium parsed and laid out whole before its first paint), and
   * js/filters.js appends the next pages in place as the reader nears the end of the list.
   */
  public static final int PAGE_SIZE = 20;

  private static final int ACTOR_FACET = 12;
  private static final int ACTOR_MATCHES = 10;
  private static final int ARTICLE_CHOICES = 200;

  /** The page parameter asking for a large text search's counts with its first page. */
  public static final String COUNTS = "counts";

  /** Longer text in the actor box is not a name: it is ignored. */
  private static final int MAX_WHO = 100;

  /** A type checkbox with its count under the other filters. */
  public record TypeOption(String type, long count, boolean selected) {}

  /** An actor checkbox: already chosen, most frequent under the filters, or found by search. */
  public record ActorChoice(
      long id, String name, String nameEn, String kind, long count, boolean selected) {}

  /** An active filter shown as a removable chip. */
  public record Chip(String name, String label, String removeHref) {}

  /** Everything the page needs besides the events. */
  public record Controls(
      EventFilter filter,
      String who,
      List<TypeOption> types,
      List<ActorChoice> actors,
      List<ActorChoice> matches,
      boolean matchesExact,
      List<ArticleSummary> articles,
      List<Chip> chips,
      String clearHref,
      boolean ascending,
      String otherSortHref,
      boolean actorsSampled,
      boolean fields,
      String moreHref,
      List<Chip> unknownActors) {
    /** How many of the newest matches the actor facet counted, when it did not count them all. */
    public int actorSample() {
      return EventFacetQuery.ACTOR_SAMPLE;
    }

    public List<String> statuses() {
      return Codes.statuses();
    }

    public List<String> reviews() {
      return Codes.reviews();
    }

    /** The type shown in the bar's select; any further chosen types ride along hidden. */
    public String firstType() {
      return filter.types().isEmpty() ? null : filter.types().get(0);
    }

    /** How many filters are set behind the "more filters" disclosure (it opens when any is). */
    public int advanced() {
      return advancedCount(filter, ascending);
    }
  }

  static int advancedCount(EventFilter filter, boolean ascending) {
    int n = 0;
    for (Object o :
        new Object[] {
          filter.from(), filter.to(), filter.status(), filter.review(), filter.article()
        }) {
      n += o == null ? 0 : 1;
    }
    return n + (ascending ? 1 : 0);
  }

  /**
   * The parameter asking for the page with the fields of "more filters" in it ({@code more=1}):
   * closed, the disclosure holds only a link to that page, so its fields (dates, status, review,
   * article, sort, the actors' check boxes) are not in the first HTML. Never carried into the
   * page's other links.
   */
  static final String MORE = "more";

  /**
   * The id of the fields of "more filters": a request naming it as its {@code HX-Target}
   * (js/filters.js, when the disclosure is opened) gets those fields alone.
   */
  static final String MORE_TARGET = "more-fields";

  /** Paging and year-to-year links. */
  public record Nav(
      String newer,
      String older,
      Integer newerYear,
      Integer olderYear,
      String newerYearHref,
      String olderYearHref,
      long from,
      long to,
      Long moreThan) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance index(
        EventFilter filter,
        Page<EventView> page,
        List<YearGroup> groups,
        YearStrip strip,
        long undated,
        String undatedHref,
        Controls controls,
        Nav nav,
        TimeAxis axis,
        String countsHref);

    /** The fields of "more filters", asked for when the closed disclosure is opened. */
    static native TemplateInstance index$moreFields(EventFilter filter, Controls controls);

    /** The page without its layout: what an htmx request swaps in. */
    static native TemplateInstance index$chronology(
        EventFilter filter,
        Page<EventView> page,
        List<YearGroup> groups,
        YearStrip strip,
        long undated,
        String undatedHref,
        Controls controls,
        Nav nav,
        TimeAxis axis,
        String countsHref);
  }

  @Inject EventQueryService events;
  @Inject EventFacetQuery facets;
  @Inject ActorQueryService actors;
  @Inject ArticleQueryService articles;
  @Inject Ui ui;
  @Inject ActorParameterResolver actorNames;
  @Inject AxisFragment axisFragment;
  @Inject TimeAxes axes;

  @GET
  @CachedPage
  @PublicRead
  @Transactional(Transactional.TxType.SUPPORTS)
  public Response index(@Context UriInfo uri, @Context HttpHeaders headers) {
    MultivaluedMap<String, String> asked = actorNames.resolve(uri.getQueryParameters());
    boolean more = asked.containsKey(MORE);
    MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
    asked.forEach(
        (k, v) -> {
          if (!k.equals(MORE)) {
            params.put(k, v);
          }
        });
    EventFilter filter = EventFilter.parse(params, PAGE_SIZE);
    boolean ascending = EventFilter.ascending(params);
    String who = params.getFirst("who");
    Resolved resolved =
        who == null || who.isBlank() || who.length() > MAX_WHO
            ? new Resolved(List.of(), false)
            : actors.resolveNamed(who, ACTOR_MATCHES);
    String clean = cleanUrl(params, filter, resolved.actors());
    if (clean != null) {
      // A form's GET carries every field, empty or not, and a typed actor name: answer with the
      // URL a person would share (303 keeps it a GET; htmx follows it and pushes the final URL).
      return Response.seeOther(URI.create(clean)).build();
    }
    if (AxisFragment.asked(headers)) {
      // Zooming or panning the axis in place (js/axis.js): the axis alone, none of the list.
      return Response.ok(
              axisFragment.of(
                  axes.build(EventRoutes.CHRONOLOGY.with(), params, filter, filter.actors(), null)))
          .header(HttpHeaders.VARY, "HX-Request, HX-Target")
          .build();
    }
    QueryLinks links = new QueryLinks(EventRoutes.CHRONOLOGY.with(), params);
    if (headers.getHeaderString("HX-Request") != null
        && MORE_TARGET.equals(headers.getHeaderString("HX-Target"))) {
      // The disclosure opened: its fields alone, with the actors counted.
      return Response.ok(
              ui.localize(
                  Templates.index$moreFields(
                      filter, controls(filter, who, resolved, ascending, links, true, true))))
          .header(HttpHeaders.VARY, "HX-Request, HX-Target")
          .build();
    }
    boolean yearView = filter.year() != null;
    // A text search's count is bounded on this page (Nav.moreThan); /api/events counts exactly.
    // One with more matches than the page shows answers first with the page alone: its year
    // strip, undated count, type and actor counts and axis need every match (the grouped pass,
    // seconds at a million events on a miss), so they follow: htmx fetches countsHref, which is
    // also a plain link.
    boolean chronological = yearView || ascending;
    Page<EventView> first =
        filter.q() == null || params.getFirst(COUNTS) != null
            ? null
            : events.findFirst(filter, chronological);
    long end = (long) (filter.page() + 1) * filter.size();
    String countsHref = first != null && first.total() > end ? links.set(COUNTS, "1") : null;
    boolean counted = countsHref == null;
    // A search read to the page's end and found no further match is counted exactly already.
    Page<EventView> page =
        first != null
            ? first
            : filter.q() == null
                ? events.find(filter, chronological)
                : events.findBounded(filter, chronological);
    if (page.page() > 0 && page.items().isEmpty()) {
      // Past the last page: say which page is the last rather than show a range that cannot be.
      long last = page.total() == 0 ? 0 : (page.total() - 1) / Math.max(1, page.size());
      throw new PageOutOfRangeException(page.page(), last);
    }
    List<YearTypeCount> histogram = counted ? facets.histogram(filter) : List.of();
    YearStrip strip = YearStrip.of(histogram, filter.year(), !ui.isEn(), y -> yearHref(links, y));
    Controls controls = controls(filter, who, resolved, ascending, links, counted, more);
    List<YearGroup> groups = EventGroups.group(page.items());
    long undated = counted ? facets.undated(filter) : 0;
    String allYears = links.set("year", null);
    Nav nav =
        nav(
            filter,
            page,
            strip,
            links,
            !counted
                ? Long.valueOf(end)
                : filter.q() == null ? null : EventQueryService.moreThan(page));
    TimeAxis axis =
        !counted
            ? null
            : axes.build(
                EventRoutes.CHRONOLOGY.with(),
                params,
                filter,
                filter.actors(),
                strip.isEmpty() ? null : newest(histogram),
                // The axis leaves out year, from and to; without from and to the page's count of
                // undated events is the axis's (the year is left out of both), so it is not asked
                // twice. Not with two actors or more: the page lists the events of all of them, the
                // axis draws each one's in their lane, and leaves out the undated of any of them.
                filter.from() == null && filter.to() == null && filter.actors().size() < 2
                    ? undated
                    : null);
    // htmx asks for a part of the page (never when it restores history): send only the part.
    boolean partial =
        headers.getHeaderString("HX-Request") != null
            && headers.getHeaderString("HX-History-Restore-Request") == null;
    return Response.ok(
            ui.localize(
                partial
                    ? Templates.index$chronology(
                        filter,
                        page,
                        groups,
                        strip,
                        undated,
                        allYears,
                        controls,
                        nav,
                        axis,
                        countsHref)
                    : Templates.index(
                        filter,
                        page,
                        groups,
                        strip,
                        undated,
                        allYears,
                        controls,
                        nav,
                        axis,
                        countsHref)))
        .header(HttpHeaders.VARY, "HX-Request, HX-Target")
        .build();
  }

  private static Integer newest(List<YearTypeCount> histogram) {
    return histogram.stream().mapToInt(YearTypeCount::year).max().stream()
        .boxed()
        .findFirst()
        .orElse(null);
  }

  /**
   * The URL to redirect to, or null when this one is already clean: no empty parameters, and a
   * typed actor name that stands for one actor (or names one already chosen) turned into {@code
   * actor=ID}. An ambiguous or unknown name stays, and the page lists the choices.
   */
  static String cleanUrl(
      MultivaluedMap<String, String> params, EventFilter filter, List<ActorOption> resolved) {
    boolean changed = false;
    UriBuilder b = UriBuilder.fromPath(EventRoutes.CHRONOLOGY.with());
    String who = params.getFirst("who");
    Long pick = null;
    if (who != null && !who.isBlank()) {
      for (ActorOption a : resolved) {
        if (filter.actors().contains(a.id())) {
          pick = a.id();
        }
      }
      if (pick == null && resolved.size() == 1) {
        pick = resolved.get(0).id();
      }
    }
    for (Map.Entry<String, List<String>> e : params.entrySet()) {
      List<String> kept = new ArrayList<>();
      for (String v : e.getValue()) {
        if (v == null || v.isBlank() || (pick != null && e.getKey().equals("who"))) {
          changed = true;
        } else if (!kept.contains(v) || !e.getKey().equals("actor")) {
          kept.add(v);
        }
      }
      if (pick != null && e.getKey().equals("page")) {
        kept.clear();
      }
      if (!kept.isEmpty()) {
        b.queryParam(e.getKey(), kept.toArray());
      }
    }
    if (pick != null && !filter.actors().contains(pick)) {
      b.queryParam("actor", pick);
    }
    if (!changed) {
      return null;
    }
    return b.build().toString().replaceFirst("^[a-z]+://[^/]+", "");
  }

  private Controls controls(
      EventFilter filter,
      String who,
      Resolved resolved,
      boolean ascending,
      QueryLinks links,
      boolean counted,
      boolean more) {
    Set<String> chosenTypes = Set.copyOf(filter.types());
    Map<String, Long> typeCounts = new LinkedHashMap<>();
    for (TypeCount t : counted ? facets.types(filter) : List.<TypeCount>of()) {
      typeCounts.put(t.type(), t.count());
    }
    List<TypeOption> types = new ArrayList<>();
    for (String t : YearStrip.TYPES) {
      // -1: not counted yet (the counts of a large text search follow the first page).
      types.add(
          new TypeOption(
              t, typeCounts.getOrDefault(t, counted ? 0L : -1L), chosenTypes.contains(t)));
    }
    Map<Long, ActorChoice> shown = new LinkedHashMap<>();
    List<ActorOption> chosen = actors.byIds(filter.actors());
    for (ActorOption a : chosen) {
      shown.put(a.id(), new ActorChoice(a.id(), a.name(), a.nameEn(), a.kind(), -1, true));
    }
    for (ActorCount a : counted ? facets.actors(filter, ACTOR_FACET) : List.<ActorCount>of()) {
      shown.putIfAbsent(
          a.id(), new ActorChoice(a.id(), a.name(), a.nameEn(), a.kind(), a.count(), false));
    }
    List<ActorChoice> matches = new ArrayList<>();
    if (who != null && !who.isBlank()) {
      for (ActorOption a : resolved.actors()) {
        matches.add(
            new ActorChoice(
                a.id(),
                a.name(),
                a.nameEn(),
                a.kind(),
                a.events(),
                filter.actors().contains(a.id())));
      }
    }
    // An actor id no actor has matches no event: the page says so rather than show zero counts as
    // if that actor had none (the API answers the empty list its documentation gives).
    List<Chip> unknown = new ArrayList<>();
    for (Long id : filter.actors()) {
      if (chosen.stream().noneMatch(a -> a.id() == id)) {
        unknown.add(new Chip("actor", String.valueOf(id), links.remove("actor", id)));
      }
    }
    List<Chip> chips = new ArrayList<>();
    if (filter.year() != null) {
      chips.add(new Chip("year", String.valueOf(filter.year()), links.set("year", null)));
    }
    for (ActorOption a : chosen) {
      String name = ui.isEn() && a.nameEn() != null ? a.nameEn() : a.name();
      chips.add(new Chip("actor", name, links.remove("actor", a.id())));
    }
    for (String t : filter.types()) {
      chips.add(new Chip("type", t, links.remove("type", t)));
    }
    if (filter.from() != null) {
      chips.add(new Chip("from", filter.from().toString(), links.set("from", null)));
    }
    if (filter.to() != null) {
      chips.add(new Chip("to", filter.to().toString(), links.set("to", null)));
    }
    if (filter.status() != null) {
      chips.add(new Chip("status", filter.status(), links.set("status", null)));
    }
    if (filter.review() != null) {
      chips.add(new Chip("review", filter.review(), links.set("review", null)));
    }
    if (filter.article() != null) {
      chips.add(new Chip("article", String.valueOf(filter.article()), links.set("article", null)));
    }
    if (filter.q() != null) {
      chips.add(new Chip("q", filter.q(), links.set("q", null)));
    }
    boolean fields = more || advancedCount(filter, ascending) > 0;
    return new Controls(
        filter,
        who == null ? "" : who,
        types,
        List.copyOf(shown.values()),
        matches,
        resolved.exact(),
        // Closed, "more filters" has none of its fields, the article list among them (up to 200
        // options: a query and most of the form's bytes for a field rarely used): js/filters.js
        // asks for them when it is opened, and without JavaScript its link (moreHref) does.
        fields ? articleChoices(filter) : List.of(),
        chips,
        EventRoutes.CHRONOLOGY.with(),
        ascending,
        links.set("sort", ascending ? null : "asc"),
        counted && facets.actorsSampled(filter),
        fields,
        moreHref(links.current()),
        unknown);
  }

  /** The page as it is (the same page of events) with the fields of "more filters" in it. */
  static String moreHref(String current) {
    return current + (current.contains("?") ? "&" : "?") + MORE + "=1#more-filters";
  }

  /**
   * The article filter's choices: every article while they are few; past that a list of thousands
   * is no choice (and was most of the page's bytes and time), so only the chosen one.
   */
  private List<ArticleSummary> articleChoices(EventFilter filter) {
    if (facets.articlesAtMost(ARTICLE_CHOICES)) {
      return facets.cached("articles", null, () -> articles.page(null, ARTICLE_CHOICES));
    }
    if (filter.article() == null) {
      return List.of();
    }
    return facets.articleChoice(filter.article()).map(List::of).orElse(List.of());
  }

  private static Nav nav(
      EventFilter f, Page<EventView> page, YearStrip strip, QueryLinks links, Long moreThan) {
    String newer = page.page() > 0 ? links.set("page", page.page() - 1) : null;
    String older =
        (long) (page.page() + 1) * page.size() < page.total()
            ? links.set("page", page.page() + 1)
            : null;
    Integer newerYear = null;
    Integer olderYear = null;
    if (f.year() != null) {
      for (YearStrip.Bar b : strip.bars()) {
        if (b.total() > 0 && b.year() < f.year()) {
          olderYear = b.year();
        }
        if (b.total() > 0 && b.year() > f.year() && newerYear == null) {
          newerYear = b.year();
        }
      }
    }
    long from = page.total() == 0 ? 0 : (long) page.page() * page.size() + 1;
    long to = Math.min(page.total(), (long) (page.page() + 1) * page.size());
    return new Nav(
        newer,
        older,
        newerYear,
        olderYear,
        newerYear == null ? null : yearHref(links, newerYear),
        olderYear == null ? null : yearHref(links, olderYear),
        from,
        to,
        moreThan);
  }

  /**
   * A year's page, as the year strip and the newer/older year links open it: the year replaces a
   * span (from/to, or one half-picked on the axis) and the axis's zoom, which would otherwise
   * narrow the year or show another time beside it; the other filters stay.
   */
  static String yearHref(QueryLinks links, int year) {
    return links.replace("year", year, "from", "to", TimeAxes.PICK, TimeAxes.ZOOM);
  }
}
