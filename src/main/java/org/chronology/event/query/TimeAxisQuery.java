package org.chronology.event.query;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronology.db.Hql;
import org.chronology.event.Codes;

/**
 * What the time axis draws, under the page's filters: counts per bucket and lane (one grouped
 * statement, whatever the archive's size) and, when a window holds few events, the events
 * themselves with their intervals. Lanes are event types, or chosen actors.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TimeAxisQuery {

  private final SummaryCounts summary;
  private final ActorSummary actorSummary;

  /** A search's decades come from its page's grouped pass. */
  @Inject EventFacetQuery facets;

  public TimeAxisQuery(SummaryCounts summary, ActorSummary actorSummary) {
    this.summary = summary;
    this.actorSummary = actorSummary;
  }

  /** How finely a window is counted. */
  public enum Grain {
    YEAR("year(e.dateStart)"),
    MONTH("month(e.dateStart)"),
    DAY("day(e.dateStart)");

    final String sql;

    Grain(String sql) {
      this.sql = sql;
    }
  }

  /** Events starting in one bucket (a year, month or day number) of one lane. */
  public record BucketCount(String lane, int bucket, long count) {}

  /** One event as the axis places it. */
  public record AxisEvent(
      long id,
      String type,
      String title,
      LocalDate start,
      LocalDate end,
      String precision,
      boolean approximate,
      List<Long> laneActors) {}

  /**
   * Events per lane and bucket starting in [{@code start}, {@code end}); lanes are types, or the
   * given actors when {@code laneActors} is not empty (an event then counts in every chosen actor's
   * lane it has).
   */
  public List<BucketCount> counts(
      EventFilter f, LocalDate start, LocalDate end, Grain grain, List<Long> laneActors) {
    boolean byActor = !laneActors.isEmpty();
    if (!byActor && f.year() == null && SummaryCounts.answers(f)) {
      return summary.buckets(f, start, end, grain);
    }
    boolean wholeYears =
        grain == Grain.YEAR
            && f.year() == null
            && start.getDayOfYear() == 1
            && end.getDayOfYear() == 1;
    if (wholeYears && (byActor ? SummaryCounts.answers(f) : ActorSummary.answers(f))) {
      // A decade of one actor's events (or of the lanes' actors) from V8's per-actor summary.
      return actorSummary.yearBuckets(f, start.getYear(), end.getYear(), laneActors);
    }
    if (wholeYears && !byActor && EventFacetQuery.grouped(f)) {
      // A decade of a text search (or another counted filter): from the page's grouped pass.
      return facets.groups(f).yearBuckets(f, start, end);
    }
    Where w = Where.of(f, true);
    String lane = byActor ? "ea2.actor.id" : "e.type";
    String from = byActor ? " from EventActor ea2 join ea2.event e" : " from Event e";
    String jpql =
        "select "
            + lane
            + ", "
            + grain.sql
            + ", count(distinct e.id)"
            + from
            + w.sql()
            + (w.sql().isEmpty() ? " where " : " and ")
            + "e.dateStart >= :axisStart and e.dateStart < :axisEnd"
            + (byActor ? " and ea2.actor.id in :axisActors" : "")
            + " group by "
            + lane
            + ", "
            + grain.sql;
    var q =
        w.bind(Hql.query(Panache.getEntityManager(), jpql, Object[].class))
            .setParameter("axisStart", start)
            .setParameter("axisEnd", end);
    if (byActor) {
      q.setParameter("axisActors", laneActors);
    }
    List<BucketCount> out = new ArrayList<>();
    for (Object[] r : q.getResultList()) {
      out.add(
          new BucketCount(
              Codes.code(r[0]), ((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
    }
    return out;
  }

  /**
   * Events whose interval meets [{@code start}, {@code end}), oldest first, at most {@code limit}
   * (ask one more than you draw to know whether there were more). With lane actors, only events of
   * one of them, each with which of them it has.
   */
  public List<AxisEvent> events(
      EventFilter f, LocalDate start, LocalDate end, List<Long> laneActors, int limit) {
    Where w = Where.of(f, true);
    boolean byActor = !laneActors.isEmpty();
    EntityManager em = Panache.getEntityManager();
    var q =
        w.bind(
                Hql.query(
                    em,
                    "select e.id, e.type, e.title, e.dateStart, e.dateEnd, e.datePrecision,"
                        + " e.dateApproximate from Event e"
                        + w.sql()
                        + (w.sql().isEmpty() ? " where " : " and ")
                        + "e.dateStart < :axisEnd"
                        + " and coalesce(e.dateEnd, e.dateStart) >= :axisStart"
                        + (byActor
                            ? " and exists (select 1 from EventActor ea3 where ea3.event = e"
                                + " and ea3.actor.id in :axisActors)"
                            : "")
                        + " order by e.dateStart, e.id",
                    Object[].class))
            .setParameter("axisStart", start)
            .setParameter("axisEnd", end);
    if (byActor) {
      q.setParameter("axisActors", laneActors);
    }
    List<Object[]> rows = q.setMaxResults(limit).getResultList();
    Map<Long, List<Long>> lanes = new HashMap<>();
    if (byActor && !rows.isEmpty()) {
      for (Object[] r :
          Hql.query(
                  em,
                  "select ea.event.id, ea.actor.id from EventActor ea"
                      + " where ea.event.id in :ids and ea.actor.id in :axisActors",
                  Object[].class)
              .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList())
              .setParameter("axisActors", laneActors)
              .getResultList()) {
        List<Long> l = lanes.computeIfAbsent((Long) r[0], k -> new ArrayList<>());
        if (!l.contains((Long) r[1])) {
          l.add((Long) r[1]);
        }
      }
    }
    List<AxisEvent> out = new ArrayList<>();
    for (Object[] r : rows) {
      Long id = (Long) r[0];
      out.add(
          new AxisEvent(
              id,
              Codes.code(r[1]),
              (String) r[2],
              (LocalDate) r[3],
              (LocalDate) r[4],
              Codes.code(r[5]),
              (Boolean) r[6],
              lanes.getOrDefault(id, List.of())));
    }
    return out;
  }

  /** The newest start date under the filters, or null when no event has a date. */
  public LocalDate newest(EventFilter f) {
    Where w = Where.of(f, true);
    return w.bind(
            Hql.query(
                Panache.getEntityManager(),
                "select max(e.dateStart) from Event e" + w.sql(),
                LocalDate.class))
        .getSingleResult();
  }
}
