package org.chronology.event.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.chronology.actor.ActorQueryService;
import org.chronology.actor.ActorQueryService.ActorOption;
import org.chronology.event.EventRoutes;
import org.chronology.event.query.EventFacetQuery;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.TimeAxisQuery;
import org.chronology.event.query.TimeAxisQuery.AxisEvent;
import org.chronology.event.query.TimeAxisQuery.BucketCount;
import org.chronology.event.query.TimeAxisQuery.Grain;
import org.chronology.event.view.TimeAxis.LaneSpec;
import org.chronology.event.view.TimeAxis.Linker;
import org.chronology.event.view.TimeAxis.Links;
import org.chronology.event.view.TimeAxis.Selection;
import org.chronology.web.BadParameterException;
import org.chronology.web.Labels;
import org.chronology.web.Names;
import org.chronology.web.QueryLinks;
import org.chronology.web.Ui;

/**
 * Builds a page's time axis from its query string: the window ({@code zoom}, else derived from
 * {@code year}/{@code from}/{@code to}), the lanes (types, or chosen actors), counts or events, and
 * every link (zoom, previous/next, span selection) that keeps the page's other parameters.
 */
@ApplicationScoped
public class TimeAxes {

  /**
   * Individual events are drawn only when the window holds at most this many; past it the window is
   * drawn as counts per bucket (a year: per month and lane), whose size does not grow with the
   * archive. 120 marks over a year's 8 lanes are about as many as a 1366 px axis shows apart (a
   * mark is a link of about 400 bytes: 48 KB at most); 500 made a year page of 10,000 events draw
   * 333 marks, 130 KB of the page's HTML.
   */
  public static final int MAX_EVENTS = 120;

  /** Parameters that belong to the axis, not to the filters. */
  public static final String ZOOM = "zoom";

  public static final String PICK = "pick";

  /**
   * The fragment of the links that change only the axis (zoom, earlier/later, a span's first end
   * and its cancelling): without JavaScript the page they load opens at the axis, the keyboard's
   * next Tab inside it, not at the top of the page above the list of events.
   */
  static final String AT_AXIS = "#axis";

  @Inject TimeAxisQuery query;
  @Inject EventFacetQuery facets;
  @Inject ActorQueryService actors;
  @Inject Ui ui;

  /**
   * @param path the page's path (zoom and span links stay on it)
   * @param params the page's query string
   * @param filter the page's filters; the axis drops year, from and to (it shows them as a span)
   * @param laneActors actors to draw as lanes instead of types (their filter is dropped too)
   * @param newestYear where to open when nothing says, or null to ask the database
   */
  public TimeAxis build(
      String path,
      MultivaluedMap<String, String> params,
      EventFilter filter,
      List<Long> laneActors,
      Integer newestYear) {
    return build(path, params, filter, laneActors, newestYear, null);
  }

  /**
   * @param pageUndated the page's own count of undated events under the same filter (the axis then
   *     does not count them again), or null to count them here
   */
  public TimeAxis build(
      String path,
      MultivaluedMap<String, String> params,
      EventFilter filter,
      List<Long> laneActors,
      Integer newestYear,
      Long pageUndated) {
    EventFilter axisFilter = axisFilter(filter, laneActors);
    TimeWindow window = window(params, filter, axisFilter, laneActors, newestYear);
    LocalDate pick = date(params.getFirst(PICK));
    List<LaneSpec> specs = lanes(laneActors, filter.types());
    Linker linker = linker(path, params, window, pick);
    Links links = links(path, params, window, pick, story(filter, laneActors), this::heading);
    Selection selection = selection(window, filter, pick);
    long undated = pageUndated != null ? pageUndated : undated(axisFilter, laneActors);
    Grain grain =
        switch (window.level()) {
          case DECADE -> Grain.YEAR;
          case YEAR -> Grain.MONTH;
          case MONTH -> Grain.DAY;
        };
    // The axis's reads are cached under the data version like the page's other counts: a page
    // whose parts are all cached runs no statement but the version's.
    String span = window.start() + " " + window.end() + " " + laneActors;
    List<BucketCount> counts =
        facets.cached(
            "axis counts " + grain + " " + span,
            axisFilter,
            () ->
                List.copyOf(
                    query.counts(axisFilter, window.start(), window.end(), grain, laneActors)));
    long starting = counts.stream().mapToLong(BucketCount::count).sum();
    Function<TimeWindow, String> tick = this::tickLabel;
    if (starting <= MAX_EVENTS) {
      List<AxisEvent> es =
          facets.cached(
              "axis events " + span,
              axisFilter,
              () ->
                  List.copyOf(
                      query.events(
                          axisFilter, window.start(), window.end(), laneActors, MAX_EVENTS + 1)));
      if (es.size() <= MAX_EVENTS) {
        return TimeAxis.ofEvents(
            window, heading(window), specs, es, tick, selection, undated, rtl(), linker, links);
      }
    }
    return TimeAxis.ofCounts(
        window, heading(window), specs, counts, tick, selection, undated, rtl(), linker, links);
  }

  /**
   * The undated events the axis leaves out: with actors as lanes, those of any of them (one count,
   * whatever their number), not the archive's, which the comparison of two actors reported as
   * theirs.
   */
  private long undated(EventFilter axisFilter, List<Long> laneActors) {
    return laneActors.isEmpty()
        ? facets.undated(axisFilter)
        : facets.undatedOfAny(axisFilter, laneActors);
  }

  private boolean rtl() {
    return !ui.isEn();
  }

  /**
   * The page's filters as the axis applies them: without year, from and to (the axis shows them as
   * a span), and without the actor filter when the actors are lanes.
   */
  private static EventFilter axisFilter(EventFilter filter, List<Long> laneActors) {
    EventFilter undated = filter.withoutDates();
    return laneActors.isEmpty() ? undated : undated.withActors(List.of());
  }

  private TimeWindow window(
      MultivaluedMap<String, String> params,
      EventFilter filter,
      EventFilter axisFilter,
      List<Long> laneActors,
      Integer newestYear) {
    String zoom = params.getFirst(ZOOM);
    if (zoom != null && !zoom.isBlank()) {
      return TimeWindow.parse(zoom);
    }
    Integer newest = newestYear;
    if (newest == null && filter.year() == null && filter.from() == null && filter.to() == null) {
      LocalDate d = null;
      if (laneActors.isEmpty()) {
        d = facets.cached("axis newest", axisFilter, () -> query.newest(axisFilter));
      } else {
        // The newest event drawn in one of the lanes, not the archive's: two actors whose events
        // are all in 1987 opened on the decade of the archive's newest event, their lanes empty.
        for (Long id : laneActors) {
          EventFilter one = axisFilter.withActors(List.of(id));
          LocalDate n = facets.cached("axis newest", one, () -> query.newest(one));
          if (n != null && (d == null || n.isAfter(d))) {
            d = n;
          }
        }
      }
      newest = d == null ? null : d.getYear();
    }
    return TimeWindow.derive(filter.year(), filter.from(), filter.to(), newest);
  }

  private static LocalDate date(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw new BadParameterException(
          PICK, "pick must be an ISO date like 2022-10-08, got '" + v + "'", v);
    }
  }

  private List<LaneSpec> lanes(List<Long> laneActors, List<String> types) {
    List<LaneSpec> out = new ArrayList<>();
    if (!laneActors.isEmpty()) {
      List<ActorOption> found = actors.byIds(laneActors);
      for (Long id : laneActors) {
        for (ActorOption a : found) {
          if (a.id() == id) {
            out.add(new LaneSpec(String.valueOf(id), Names.display(a), Names.displayLang(a), true));
          }
        }
      }
      return out;
    }
    for (String t : YearStrip.TYPES) {
      if (types.isEmpty() || types.contains(t)) {
        out.add(new LaneSpec(t, Labels.type(t), ui.getLang(), false));
      }
    }
    return out;
  }

  /** The heading of a window: "2020–2029", "2022" or "October 2022", in the reader's digits. */
  String heading(TimeWindow w) {
    return switch (w.level()) {
      case DECADE -> Labels.num(w.start().getYear()) + "–" + Labels.num(w.end().getYear() - 1);
      case YEAR -> Labels.num(w.start().getYear());
      case MONTH -> Labels.month(w.start().getYear(), w.start().getMonthValue());
    };
  }

  private String tickLabel(TimeWindow b) {
    if (b.level() == null) {
      return Labels.num(b.start().getDayOfMonth());
    }
    return switch (b.level()) {
      case YEAR -> Labels.num(b.start().getYear());
      // Short month names from the JDK's locale data (Arabic has no abbreviations).
      case MONTH -> b.start().getMonth().getDisplayName(TextStyle.SHORT, ui.locale());
      case DECADE -> Labels.num(b.start().getYear()) + "s";
    };
  }

  private Selection selection(TimeWindow w, EventFilter f, LocalDate pick) {
    if (pick != null) {
      if (pick.isBefore(w.start()) || !pick.isBefore(w.end())) {
        return null;
      }
      double[] xw = TimeAxis.span(w, pick, pick.plusDays(1), rtl());
      return new Selection(xw[0], Math.max(0.4, xw[1]), true);
    }
    if (f.from() == null && f.to() == null) {
      return null;
    }
    LocalDate from = f.from() == null ? w.start() : f.from();
    LocalDate endExclusive = f.to() == null ? w.end() : f.to().plusDays(1);
    if (!from.isBefore(w.end()) || !endExclusive.isAfter(w.start())) {
      return null;
    }
    double[] xw = TimeAxis.span(w, from, endExclusive, rtl());
    return new Selection(xw[0], Math.max(0.4, xw[1]), false);
  }

  private Linker linker(
      String path, MultivaluedMap<String, String> params, TimeWindow window, LocalDate pick) {
    return new Linker() {
      @Override
      public String zoom(TimeWindow w) {
        return href(path, params, m -> m.putSingle(ZOOM, w.code())) + AT_AXIS;
      }

      @Override
      public String pick(LocalDate start, LocalDate lastDay) {
        if (pick == null) {
          return href(
                  path,
                  params,
                  m -> {
                    m.putSingle(ZOOM, window.code());
                    m.putSingle(PICK, start.toString());
                  })
              + AT_AXIS;
        }
        LocalDate from = pick.isBefore(start) ? pick : start;
        LocalDate to = pick.isAfter(lastDay) ? pick : lastDay;
        return href(
            path,
            params,
            m -> {
              m.putSingle(ZOOM, window.code());
              m.remove("year");
              m.putSingle("from", from.toString());
              m.putSingle("to", to.toString());
            });
      }
    };
  }

  private static Links links(
      String path,
      MultivaluedMap<String, String> params,
      TimeWindow window,
      LocalDate pick,
      String story,
      Function<TimeWindow, String> label) {
    TimeWindow out = window.out();
    TimeWindow prev = window.previous();
    TimeWindow next = window.next();
    return new Links(
        out == null ? null : href(path, params, m -> m.putSingle(ZOOM, out.code())) + AT_AXIS,
        // Said the way the axis's heading says it ("1980–1989"), in the reader's digits.
        out == null ? null : label.apply(out),
        prev == null ? null : href(path, params, m -> m.putSingle(ZOOM, prev.code())) + AT_AXIS,
        next == null ? null : href(path, params, m -> m.putSingle(ZOOM, next.code())) + AT_AXIS,
        href(
            path,
            params,
            m -> {
              m.putSingle(ZOOM, window.code());
              m.remove("year");
              m.remove("from");
              m.remove("to");
            }),
        pick == null ? null : href(path, params, m -> {}) + AT_AXIS,
        pick,
        story);
  }

  /**
   * The story of what the page shows: its filters, and when it has no actor filter but actor lanes
   * (comparing two actors), the events those actors share.
   */
  static String story(EventFilter f, List<Long> laneActors) {
    MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
    List<Long> actorIds = f.actors().isEmpty() ? laneActors : f.actors();
    actorIds.forEach(a -> m.add("actor", String.valueOf(a)));
    f.types().forEach(t -> m.add("type", t));
    if (f.year() != null) {
      m.add("year", String.valueOf(f.year()));
    }
    if (f.from() != null) {
      m.add("from", f.from().toString());
    }
    if (f.to() != null) {
      m.add("to", f.to().toString());
    }
    if (f.q() != null) {
      m.add("q", f.q());
    }
    if (f.status() != null) {
      m.add("status", f.status());
    }
    if (f.review() != null) {
      m.add("review", f.review());
    }
    if (f.article() != null) {
      m.add("article", String.valueOf(f.article()));
    }
    return new QueryLinks(EventRoutes.STORY.with(), m).current();
  }

  /** The page's URL with a change; a pending pick is dropped, and the page number on a new span. */
  private static String href(
      String path,
      MultivaluedMap<String, String> params,
      java.util.function.Consumer<MultivaluedMap<String, String>> change) {
    MultivaluedMap<String, String> m = new MultivaluedHashMap<>();
    params.forEach((k, v) -> m.put(k, new ArrayList<>(v)));
    m.remove(PICK);
    change.accept(m);
    // Zooming and panning change only the axis: the list keeps its page (and js/axis.js swaps the
    // axis alone). A new span changes the list: it starts again at its first page.
    if (!Objects.equals(m.get("from"), params.get("from"))
        || !Objects.equals(m.get("to"), params.get("to"))
        || !Objects.equals(m.get("year"), params.get("year"))) {
      m.remove("page");
    }
    return new QueryLinks(path, m).current();
  }
}
