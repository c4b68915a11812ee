package org.chronology.event.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chronology.db.Rows;
import org.chronology.db.Rows.Row;
import org.chronology.event.Codes;
import org.chronology.event.Review;
import org.chronology.event.query.EventViews.ActorCount;
import org.chronology.event.query.EventViews.TypeCount;
import org.chronology.event.query.EventViews.YearTypeCount;
import org.chronology.event.query.TimeAxisQuery.BucketCount;
import org.chronology.event.query.TimeAxisQuery.Grain;

/**
 * Counts read from the summary that V7__summary_counts.sql keeps on write (counts plus pending
 * deltas), for the filters it can answer: none, a year, types. They cost a few hundred rows
 * whatever the number of events, so a page read right after a write at a million events does not
 * count the events again. Other filters (actors, text, article, dates, status, review) count the
 * events; but the review queue's (review = 'extracted', perhaps a year and types) is counted by V28
 * the same way ({@link #answersQueue}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SummaryCounts {

  private static final String DAYS =
      "(select day, type, n from event_day_count"
          + " union all select day, type, n from event_day_delta) s";

  /**
   * Events per start year and type (V29: the day counts folded by year, 0 = no known start) plus
   * the pending day deltas by their start year: a few hundred rows where the day counts are a
   * hundred thousand at a million events.
   */
  private static final String STARTS =
      "(select year, type, n from event_start_count"
          + " union all select chronology_start_year(day), type, n from event_day_delta) s";

  private static final String YEARS =
      "(select year, type, n from event_year_count"
          + " union all select year, type, n from event_year_delta) s";

  /** The review queue's counts (V28): the events awaiting review, as DAYS and YEARS count. */
  private static final String QUEUE_DAYS =
      "(select day, type, n from review_queue_day_count"
          + " union all select day, type, n from review_queue_day_delta) s";

  private static final String QUEUE_YEARS =
      "(select year, type, n from review_queue_year_count"
          + " union all select year, type, n from review_queue_year_delta) s";

  private static final String ACTORS =
      "(select actor_id, n from actor_year_count where year = :year"
          + " union all select actor_id, n from actor_year_delta where year = :year) s";

  /** Whether the summary answers counts under this filter (its year and types aside). */
  static boolean answers(EventFilter f) {
    return f.actors().isEmpty()
        && f.from() == null
        && f.to() == null
        && f.q() == null
        && f.status() == null
        && f.review() == null
        && f.article() == null;
  }

  /**
   * Whether the review queue's counts (V28) answer this filter: the events awaiting review, perhaps
   * of a year and types.
   */
  static boolean answersQueue(EventFilter f) {
    return Review.EXTRACTED.code().equals(f.review()) && answers(f.withReview(null));
  }

  /**
   * Whether the event counts (total, histogram, undated, types; not the actors) are read here: the
   * visible events' summary or the review queue's.
   */
  static boolean answersEvents(EventFilter f) {
    return answers(f) || answersQueue(f);
  }

  /** The day counts the filter reads: the visible events' or the review queue's. */
  private static String days(EventFilter f) {
    return f.review() == null ? DAYS : QUEUE_DAYS;
  }

  /**
   * The counts by start (all years) the filter reads: the visible events' by start year or the
   * review queue's by day.
   */
  private static String starts(EventFilter f) {
    return f.review() == null ? STARTS : QUEUE_DAYS;
  }

  /** The year counts the filter reads: the visible events' or the review queue's. */
  private static String years(EventFilter f) {
    return f.review() == null ? YEARS : QUEUE_YEARS;
  }

  /** Whether the summary answers the total under this filter: one actor, perhaps a year. */
  static boolean answersActorTotal(EventFilter f) {
    return f.actors().size() == 1 && f.types().isEmpty() && answers(f.withActors(List.of()));
  }

  /** Visible events of the filter's one actor meeting its year (or all of them). */
  long actorTotal(EventFilter f) {
    return Rows.nativeNumber(
        "select coalesce(sum(n), 0) from " + ACTORS + " where actor_id = :actor",
        Map.of("year", f.year() == null ? 0 : f.year(), "actor", f.actors().get(0)));
  }

  /** Visible (or queued) events meeting the filter's year (or all of them), of its types. */
  long total(EventFilter f) {
    return f.year() == null
        ? Rows.nativeNumber(
            "select coalesce(sum(n), 0) from " + starts(f) + types(" where ", f), of(f))
        : Rows.nativeNumber(
            "select coalesce(sum(n), 0) from "
                + years(f)
                + " where year = :year"
                + types(" and ", f),
            of(f, "year", f.year()));
  }

  /** Events per start year and type. */
  List<YearTypeCount> histogram(EventFilter f) {
    return f.review() == null
        ? yearTypeCounts("year", STARTS, " where year <> 0", f, of(f))
        : yearTypeCounts(
            "cast(extract(year from day) as integer)",
            QUEUE_DAYS,
            " where day <> 'infinity'",
            f,
            of(f));
  }

  /** Events without a known start. */
  long undated(EventFilter f) {
    return Rows.nativeNumber(
        "select coalesce(sum(n), 0) from "
            + days(f)
            + " where day = 'infinity'"
            + types(" and ", f),
        of(f));
  }

  /** Events per type meeting the filter's year (or all of them); the types filter is ignored. */
  List<TypeCount> types(EventFilter f) {
    return rows(
        f.year() == null
            ? "select type, sum(n) from "
                + starts(f)
                + " group by type having sum(n) <> 0 order by 1"
            : "select type, sum(n) from "
                + years(f)
                + " where year = :year group by type having sum(n) <> 0 order by 1",
        f.year() == null ? Map.of() : Map.of("year", f.year()),
        TypeCount::of);
  }

  /** The actors of the most events meeting the filter's year (or of all); no types filter. */
  List<ActorCount> actors(EventFilter f, int limit) {
    return topActors(
        "actor_id",
        "actor_year_count",
        "actor_year_delta",
        "year = :year",
        Map.of("year", f.year() == null ? 0 : f.year()),
        limit);
  }

  /** Events per type lane and bucket starting in [start, end), as {@link TimeAxisQuery} counts. */
  List<BucketCount> buckets(EventFilter f, LocalDate start, LocalDate end, Grain grain) {
    if (grain == Grain.YEAR && start.getDayOfYear() == 1 && end.getDayOfYear() == 1) {
      // Whole years (the axis' decades): from the start-year counts.
      return Rows.nativeMap(
          "select type, year, sum(n) from "
              + STARTS
              + " where year >= :start and year < :end and year <> 0"
              + types(" and ", f)
              + " group by 1, 2 having sum(n) <> 0",
          of(f, "start", start.getYear(), "end", end.getYear()),
          r -> new BucketCount(Codes.code(r.get(0)), r.integer(1), r.count(2)));
    }
    String part =
        switch (grain) {
          case YEAR -> "year";
          case MONTH -> "month";
          case DAY -> "day";
        };
    return Rows.nativeMap(
        "select type, cast(extract("
            + part
            + " from day) as integer), sum(n) from "
            + DAYS
            + " where day >= :start and day < :end"
            + types(" and ", f)
            + " group by 1, 2 having sum(n) <> 0",
        of(f, "start", start, "end", end),
        r -> new BucketCount(Codes.code(r.get(0)), r.integer(1), r.count(2)));
  }

  /**
   * Events per year (the expression {@code year}) and type counted in {@code source} (counts and
   * deltas) under {@code where} and the filter's types.
   */
  static List<YearTypeCount> yearTypeCounts(
      String year, String source, String where, EventFilter f, Map<String, ?> params) {
    return rows(
        "select "
            + year
            + ", type, sum(n) from "
            + source
            + where
            + types(" and ", f)
            + " group by 1, 2 having sum(n) <> 0 order by 1, 2",
        params,
        YearTypeCount::of);
  }

  /**
   * The actors of the most events counted in {@code source} (counts and deltas) by their id in
   * {@code column}, at most {@code :limit}, most events first.
   */
  static List<ActorCount> actorCounts(String column, String source, Map<String, ?> params) {
    return rows(
        "select a.id, a.name, a.name_en, a.kind, c.n from (select "
            + column
            + ", sum(n) as n from "
            + source
            + " group by "
            + column
            + " having sum(n) > 0) c join actor a on a.id = c."
            + column
            + " order by c.n desc, a.name, a.id limit :limit",
        params,
        ActorCount::of);
  }

  /**
   * {@link #actorCounts} of a count table and its delta table (rows meeting {@code where}, the
   * actor's id in {@code column}) without summing every row (V30): an actor without pending deltas
   * keeps its counted n, so one below the {@code limit}-th count of those actors has at least
   * {@code limit} actors ahead of it and cannot be shown. The count rows down to that count are
   * read in count order from V30's index (ties included, the name orders them), with the delta
   * actors' own rows and deltas; the same rows in the same order as summing everything.
   */
  static List<ActorCount> topActors(
      String column, String counts, String deltas, String where, Map<String, ?> params, int limit) {
    return topActors(column, counts, deltas, where, "", params, limit);
  }

  /**
   * {@link #topActors} with more rows summed with them: {@code more} is empty or {@code " union all
   * select …"} of the same two columns.
   */
  static List<ActorCount> topActors(
      String column,
      String counts,
      String deltas,
      String where,
      String more,
      Map<String, ?> params,
      int limit) {
    String inDeltas =
        column + " in (select " + column + " from " + deltas + " where " + where + ")";
    String rest = " from " + counts + " where " + where + " and not " + inDeltas;
    Map<String, Object> p = new HashMap<>(params);
    p.put("limit", limit);
    p.put("skip", Math.max(limit - 1, 0));
    return actorCounts(
        column,
        "(select "
            + column
            + ", n"
            + rest
            + " and n >= coalesce((select n"
            + rest
            + " order by n desc offset :skip limit 1), 0)"
            + " union all select "
            + column
            + ", n from "
            + counts
            + " where "
            + where
            + " and "
            + inDeltas
            + " union all select "
            + column
            + ", n from "
            + deltas
            + " where "
            + where
            + more
            + ") s",
        p);
  }

  /** The rows of a count, unmodifiable as the cache keeps them. */
  static <T> List<T> rows(String sql, Map<String, ?> params, Function<Row, T> row) {
    return List.copyOf(Rows.nativeMap(sql, params, row));
  }

  static String types(String joiner, EventFilter f) {
    return f.types().isEmpty() ? "" : joiner + "type in (:types)";
  }

  /** The filter's types (when it has any) and the given name/value pairs, as parameters. */
  static Map<String, Object> of(EventFilter f, Object... nameValue) {
    Map<String, Object> p = new HashMap<>();
    if (!f.types().isEmpty()) {
      p.put("types", f.types());
    }
    for (int i = 0; i < nameValue.length; i += 2) {
      p.put((String) nameValue[i], nameValue[i + 1]);
    }
    return p;
  }
}
