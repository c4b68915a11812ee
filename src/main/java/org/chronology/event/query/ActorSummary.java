package org.chronology.event.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.chronology.db.Rows;
import org.chronology.event.Codes;
import org.chronology.event.query.EventViews.ActorCount;
import org.chronology.event.query.EventViews.TypeCount;
import org.chronology.event.query.EventViews.YearCount;
import org.chronology.event.query.EventViews.YearTypeCount;
import org.chronology.event.query.TimeAxisQuery.BucketCount;

/**
 * One actor's counts (and two actors' events per year) read from the summary V8 keeps on write
 * (counts plus pending deltas): the actor filter and the actor page read at most a few thousand
 * rows on a miss, where counting the events of the busiest actor reads 188,000 events and their
 * 470,000 actor rows at a million events. Year 0 is every event, as in V7's actor_year_count. No
 * actor is paired with itself (V40).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ActorSummary {

  private static final String TYPE_YEARS = typeYears("year, type, n", " where actor_id = :actor");

  /**
   * Whether the histogram and the undated count (which ignore the year) and, without a year, the
   * type facet of this filter are one actor's, perhaps with types.
   */
  static boolean answers(EventFilter f) {
    return f.actors().size() == 1 && SummaryCounts.answers(f.withActors(List.of()));
  }

  /** Whether the co-actor facet is one actor's: no year, no types. */
  static boolean answersCoActors(EventFilter f) {
    return answers(f) && f.year() == null && f.types().isEmpty();
  }

  /** Whether the filter is two actors and nothing else (their events per year). */
  static boolean answersPair(EventFilter f) {
    return f.actors().size() == 2
        && f.year() == null
        && f.types().isEmpty()
        && SummaryCounts.answers(f.withActors(List.of()));
  }

  /** The actor's events per start year and type. */
  List<YearTypeCount> histogram(EventFilter f) {
    return SummaryCounts.yearTypeCounts("year", TYPE_YEARS, " where year <> 0", f, params(f));
  }

  /** The actor's events without a known start: all of them less the dated ones. */
  long undated(EventFilter f) {
    return Rows.nativeNumber(
        "select coalesce(sum(case when year = 0 then n else -n end), 0) from "
            + TYPE_YEARS
            + SummaryCounts.types(" where ", f),
        params(f));
  }

  /** The actor's events per type; the types filter is ignored, there is no year. */
  List<TypeCount> types(EventFilter f) {
    return SummaryCounts.rows(
        "select type, sum(n) from "
            + TYPE_YEARS
            + " where year = 0 group by type having sum(n) <> 0 order by 1",
        Map.of("actor", f.actors().get(0)),
        TypeCount::of);
  }

  /**
   * The actors of the most events of the filter's actor, it first among equals in count order (its
   * own count is all its events), as {@link EventFacetQuery#countedActors} orders them. The pairs
   * hold no actor paired with itself (V40): its own count is its year 0 in V7's actor_year_count.
   */
  List<ActorCount> coActors(EventFilter f, int limit) {
    return SummaryCounts.topActors(
        "other_id",
        "actor_pair_count",
        "actor_pair_delta",
        "actor_id = :actor and year = 0",
        " union all select actor_id, n from actor_year_count where year = 0 and actor_id = :actor"
            + " union all select actor_id, n from actor_year_delta where year = 0"
            + " and actor_id = :actor",
        Map.of("actor", f.actors().get(0)),
        limit);
  }

  /** Events of both actors per start year, newest first. */
  List<YearCount> pairYears(EventFilter f) {
    return SummaryCounts.rows(
        "select year, sum(n) from (select year, n from actor_pair_count"
            + " where actor_id = :a and other_id = :b union all select year, n"
            + " from actor_pair_delta where actor_id = :a and other_id = :b) s"
            + " where year <> 0 group by year having sum(n) <> 0 order by year desc",
        Map.of("a", f.actors().get(0), "b", f.actors().get(1)),
        r -> new YearCount(r.integer(0), r.count(1)));
  }

  /**
   * Events per lane and start year in [{@code from}, {@code to}) of the filter's one actor, lanes
   * by type; or, with {@code laneActors} and a filter of no actor, lanes by those actors (an event
   * counts in the lane of every one of them it has), as {@link TimeAxisQuery} counts them.
   */
  List<BucketCount> yearBuckets(EventFilter f, int from, int to, List<Long> laneActors) {
    boolean byActor = !laneActors.isEmpty();
    return Rows.nativeMap(
        "select "
            + (byActor ? "actor_id" : "type")
            + ", year, sum(n) from "
            + typeYears("actor_id, year, type, n", "")
            + " where actor_id in (:actors) and year >= :from and year < :to"
            + SummaryCounts.types(" and ", f)
            + " group by 1, 2 having sum(n) <> 0",
        SummaryCounts.of(
            f, "actors", byActor ? laneActors : f.actors(), "from", Math.max(from, 1), "to", to),
        r -> new BucketCount(Codes.code(r.get(0)), r.integer(1), r.count(2)));
  }

  /**
   * V8's per-actor counts per type and year plus the pending deltas, rows meeting {@code where}.
   */
  private static String typeYears(String columns, String where) {
    return "(select "
        + columns
        + " from actor_type_year_count"
        + where
        + " union all select "
        + columns
        + " from actor_type_year_delta"
        + where
        + ") s";
  }

  private static Map<String, Object> params(EventFilter f) {
    return SummaryCounts.of(f, "actor", f.actors().get(0));
  }
}
