package org.chronology.event.query;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronology.event.Codes;
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
 * events.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SummaryCounts {

  private static final String DAYS =
      "(select day, type, n from event_day_count"
          + " union all select day, type, n from event_day_delta) s";
  private static final String YEARS =
      "(select year, type, n from event_year_count"
          + " union all select year, type, n from event_year_delta) s";
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

  /** Whether the summary answers the total under this filter: one actor, perhaps a year. */
  static boolean answersActorTotal(EventFilter f) {
    return f.actors().size() == 1 && f.types().isEmpty() && answers(f.withActors(List.of()));
  }

  /** Visible events of the filter's one actor meeting its year (or all of them). */
  long actorTotal(EventFilter f) {
    return ((Number)
            Panache.getEntityManager()
                .createNativeQuery(
                    "select coalesce(sum(n), 0) from " + ACTORS + " where actor_id = :actor")
                .setParameter("year", f.year() == null ? 0 : f.year())
                .setParameter("actor", f.actors().get(0))
                .getSingleResult())
        .longValue();
  }

  /** Visible events meeting the filter's year (or all of them), of its types. */
  long total(EventFilter f) {
    String sql =
        f.year() == null
            ? "select coalesce(sum(n), 0) from " + DAYS + types(" where ", f)
            : "select coalesce(sum(n), 0) from "
                + YEARS
                + " where year = :year"
                + types(" and ", f);
    Query q = bind(sql, f);
    if (f.year() != null) {
      q.setParameter("year", f.year());
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  /** Events per start year and type. */
  List<YearTypeCount> histogram(EventFilter f) {
    List<YearTypeCount> out = new ArrayList<>();
    for (Object[] r :
        rows(
            "select cast(extract(year from day) as integer), type, sum(n) from "
                + DAYS
                + " where day <> 'infinity'"
                + types(" and ", f)
                + " group by 1, 2 having sum(n) <> 0 order by 1, 2",
            f,
            Map.of())) {
      out.add(
          new YearTypeCount(
              ((Number) r[0]).intValue(), Codes.code(r[1]), ((Number) r[2]).longValue()));
    }
    return List.copyOf(out);
  }

  /** Events without a known start. */
  long undated(EventFilter f) {
    return ((Number)
            bind(
                    "select coalesce(sum(n), 0) from "
                        + DAYS
                        + " where day = 'infinity'"
                        + types(" and ", f),
                    f)
                .getSingleResult())
        .longValue();
  }

  /** Events per type meeting the filter's year (or all of them); the types filter is ignored. */
  List<TypeCount> types(EventFilter f) {
    List<TypeCount> out = new ArrayList<>();
    String sql =
        f.year() == null
            ? "select type, sum(n) from " + DAYS + " group by type having sum(n) <> 0 order by 1"
            : "select type, sum(n) from "
                + YEARS
                + " where year = :year group by type having sum(n) <> 0 order by 1";
    for (Object[] r :
        rows(sql, null, f.year() == null ? Map.of() : Map.of("year", (Object) f.year()))) {
      out.add(new TypeCount(Codes.code(r[0]), ((Number) r[1]).longValue()));
    }
    return List.copyOf(out);
  }

  /** The actors of the most events meeting the filter's year (or of all); no types filter. */
  List<ActorCount> actors(EventFilter f, int limit) {
    List<ActorCount> out = new ArrayList<>();
    Query q =
        Panache.getEntityManager()
            .createNativeQuery(
                "select a.id, a.name, a.name_en, a.kind, c.n from (select actor_id, sum(n) as n"
                    + " from "
                    + ACTORS
                    + " group by actor_id having sum(n) > 0) c join actor a on a.id = c.actor_id"
                    + " order by c.n desc, a.name, a.id",
                Object[].class)
            .setParameter("year", f.year() == null ? 0 : f.year())
            .setMaxResults(limit);
    for (Object o : q.getResultList()) {
      Object[] r = (Object[]) o;
      out.add(
          new ActorCount(
              ((Number) r[0]).longValue(),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).longValue()));
    }
    return List.copyOf(out);
  }

  /** Events per type lane and bucket starting in [start, end), as {@link TimeAxisQuery} counts. */
  List<BucketCount> buckets(EventFilter f, LocalDate start, LocalDate end, Grain grain) {
    String part =
        switch (grain) {
          case YEAR -> "year";
          case MONTH -> "month";
          case DAY -> "day";
        };
    List<BucketCount> out = new ArrayList<>();
    for (Object[] r :
        rows(
            "select type, cast(extract("
                + part
                + " from day) as integer), sum(n) from "
                + DAYS
                + " where day >= :start and day < :end"
                + types(" and ", f)
                + " group by 1, 2 having sum(n) <> 0",
            f,
            Map.of("start", start, "end", end))) {
      out.add(
          new BucketCount(
              Codes.code(r[0]), ((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
    }
    return out;
  }

  private static String types(String joiner, EventFilter f) {
    return f == null || f.types().isEmpty() ? "" : joiner + "type in (:types)";
  }

  private static Query bind(String sql, EventFilter f) {
    Query q = Panache.getEntityManager().createNativeQuery(sql);
    if (f != null && !f.types().isEmpty()) {
      q.setParameter("types", f.types());
    }
    return q;
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(String sql, EventFilter f, Map<String, Object> params) {
    Query q = bind(sql, f);
    params.forEach(q::setParameter);
    return q.getResultList();
  }
}
