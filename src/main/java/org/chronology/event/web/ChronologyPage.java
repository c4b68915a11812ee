package org.chronology.event.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chronology.actor.ActorQueryService;
import org.chronology.actor.ActorQueryService.ActorOption;
import org.chronology.article.ArticleQueryService;
import org.chronology.article.rest.ArticleViews.ArticleSummary;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventViews.ActorCount;
import org.chronology.event.query.EventViews.EventView;
import org.chronology.event.query.EventViews.Page;
import org.chronology.event.query.EventViews.TypeCount;
import org.chronology.event.query.EventViews.YearTypeCount;
import org.chronology.event.query.PublicRead;
import org.chronology.web.QueryLinks;
import org.chronology.web.Ui;

/**
 * The chronology. Without a year: every matching event, newest first, a page at a time. With a year
 * (chosen in the year strip): that year's events in reading order under month headings, with links
 * to the neighbouring years. Filters come from the query string, parsed by the same {@link
 * EventFilter} as {@code /api/events}; a page costs a fixed number of SQL statements.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ChronologyPage {

  private static final int PAGE_SIZE = 100;
  private static final int ACTOR_FACET = 12;
  private static final int ACTOR_MATCHES = 10;
  private static final int ARTICLE_CHOICES = 200;

  /** Events of one year (or of no known date: {@code year} null) under month headings. */
  public record YearGroup(Integer year, List<MonthGroup> months) {}

  /**
   * Events of one month ({@code month} 1–12), or, with {@code month} null, the events known only to
   * the year or more coarsely: they are never put under a month they may not belong to.
   */
  public record MonthGroup(Integer year, Integer month, List<EventView> events) {}

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
      List<ArticleSummary> articles,
      List<Chip> chips,
      String clearHref) {
    public List<String> statuses() {
      return List.of("happened", "planned", "cancelled", "reported");
    }

    public List<String> reviews() {
      return List.of("extracted", "confirmed", "edited", "rejected");
    }
  }

  /** Paging and year-to-year links. */
  public record Nav(
      String newer,
      String older,
      Integer newerYear,
      Integer olderYear,
      String newerYearHref,
      String olderYearHref,
      long from,
      long to) {}

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
        Nav nav);

    /** The page without its layout: what an htmx request swaps in. */
    static native TemplateInstance index$chronology(
        EventFilter filter,
        Page<EventView> page,
        List<YearGroup> groups,
        YearStrip strip,
        long undated,
        String undatedHref,
        Controls controls,
        Nav nav);
  }

  private final EventQueryService events;
  private final ActorQueryService actors;
  private final ArticleQueryService articles;
  private final Ui ui;

  public ChronologyPage(
      EventQueryService events, ActorQueryService actors, ArticleQueryService articles, Ui ui) {
    this.events = events;
    this.actors = actors;
    this.articles = articles;
    this.ui = ui;
  }

  @GET
  @PublicRead
  @Transactional(Transactional.TxType.SUPPORTS)
  public TemplateInstance index(@Context UriInfo uri, @Context HttpHeaders headers) {
    MultivaluedMap<String, String> params = uri.getQueryParameters();
    EventFilter filter = EventFilter.parse(params, PAGE_SIZE);
    QueryLinks links = new QueryLinks("/", params);
    boolean yearView = filter.year() != null;
    Page<EventView> page = events.find(filter, yearView);
    List<YearTypeCount> histogram = events.histogram(filter);
    YearStrip strip = YearStrip.of(histogram, filter.year(), !ui.isEn(), y -> links.set("year", y));
    String who = params.getFirst("who");
    Controls controls = controls(filter, who, links);
    List<YearGroup> groups = group(page.items());
    long undated = events.undated(filter);
    String allYears = links.set("year", null);
    Nav nav = nav(filter, page, strip, links);
    // htmx asks for a part of the page (never when it restores history): send only the part.
    boolean partial =
        headers.getHeaderString("HX-Request") != null
            && headers.getHeaderString("HX-History-Restore-Request") == null;
    return ui.localize(
        partial
            ? Templates.index$chronology(
                filter, page, groups, strip, undated, allYears, controls, nav)
            : Templates.index(filter, page, groups, strip, undated, allYears, controls, nav));
  }

  private Controls controls(EventFilter filter, String who, QueryLinks links) {
    Set<String> chosenTypes = Set.copyOf(filter.types());
    Map<String, Long> typeCounts = new LinkedHashMap<>();
    for (TypeCount t : events.types(filter)) {
      typeCounts.put(t.type(), t.count());
    }
    List<TypeOption> types = new ArrayList<>();
    for (String t : YearStrip.TYPES) {
      types.add(new TypeOption(t, typeCounts.getOrDefault(t, 0L), chosenTypes.contains(t)));
    }
    Map<Long, ActorChoice> shown = new LinkedHashMap<>();
    List<ActorOption> chosen = actors.byIds(filter.actors());
    for (ActorOption a : chosen) {
      shown.put(a.id(), new ActorChoice(a.id(), a.name(), a.nameEn(), a.kind(), -1, true));
    }
    for (ActorCount a : events.actors(filter, ACTOR_FACET)) {
      shown.putIfAbsent(
          a.id(), new ActorChoice(a.id(), a.name(), a.nameEn(), a.kind(), a.count(), false));
    }
    List<ActorChoice> matches = new ArrayList<>();
    if (who != null && !who.isBlank()) {
      for (ActorOption a : actors.search(who, ACTOR_MATCHES)) {
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
    return new Controls(
        filter,
        who == null ? "" : who,
        types,
        List.copyOf(shown.values()),
        matches,
        articleChoices(filter),
        chips,
        "/");
  }

  /**
   * The article filter's choices: every article while they are few; past that a list of thousands
   * is no choice (and was most of the page's bytes and time), so only the chosen one.
   */
  private List<ArticleSummary> articleChoices(EventFilter filter) {
    if (events.articleCount() <= ARTICLE_CHOICES) {
      return events.cached("articles", null, articles::list);
    }
    if (filter.article() == null) {
      return List.of();
    }
    return events.articleChoice(filter.article()).map(List::of).orElse(List.of());
  }

  private static Nav nav(EventFilter f, Page<EventView> page, YearStrip strip, QueryLinks links) {
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
        newerYear == null ? null : links.set("year", newerYear),
        olderYear == null ? null : links.set("year", olderYear),
        from,
        to);
  }

  /** Groups a page of events by year, then by month (coarser dates in their own group). */
  public static List<YearGroup> group(List<EventView> items) {
    Map<Integer, Map<Integer, List<EventView>>> byYear = new LinkedHashMap<>();
    for (EventView e : items) {
      Integer y = e.date().start() == null ? null : e.date().start().getYear();
      Integer m = monthOf(e);
      byYear
          .computeIfAbsent(y, k -> new LinkedHashMap<>())
          .computeIfAbsent(m, k -> new ArrayList<>())
          .add(e);
    }
    List<YearGroup> out = new ArrayList<>();
    byYear.forEach(
        (y, months) -> {
          List<MonthGroup> groups = new ArrayList<>();
          List<EventView> coarse = months.get(null);
          if (coarse != null && y != null) {
            groups.add(new MonthGroup(y, null, coarse));
          }
          months.forEach(
              (m, list) -> {
                if (m != null || y == null) {
                  groups.add(new MonthGroup(y, m, list));
                }
              });
          out.add(new YearGroup(y, groups));
        });
    return out;
  }

  /** The month an event belongs under, or null when its date is coarser than one month. */
  static Integer monthOf(EventView e) {
    if (e.date().start() == null) {
      return null;
    }
    String p = e.date().precision();
    boolean fine = p.equals("day") || p.equals("week") || p.equals("month");
    if (!fine) {
      return null;
    }
    if (e.date().end() != null
        && (e.date().end().getMonthValue() != e.date().start().getMonthValue()
            || e.date().end().getYear() != e.date().start().getYear())
        && !p.equals("week")
        && !p.equals("day")) {
      return null;
    }
    return e.date().start().getMonthValue();
  }
}
