package org.chronology.event.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.chronology.db.Hql;

/**
 * Keyset paging behind {@code page=}: a listing's page N starts right after the sort key of page
 * N-1's last event, which is kept in the {@link QueryCache} under the data version when page N-1 is
 * read. A reader (or crawler) walking a long list page by page so reads each page through the index
 * from where the previous one ended, at a cost that does not grow with the depth; a page reached
 * without its predecessor (a jump) is read by offset, and the contract's {@code page} keeps its
 * meaning exactly (same version, same order, same rows).
 *
 * <p>The order is (start, end, id), newest or oldest first, with unknown starts and ends last.
 */
final class KeysetPages {

  /** The sort key of the last event of a page. */
  record Anchor(LocalDate start, LocalDate end, long id) {}

  /** Cache key of the anchor a page starts after. */
  record Key(EventFilter filter, boolean chronological, int page, int size) {}

  /** Pages read from an anchor since start (tests check the keyset path ran). */
  static final AtomicLong USED = new AtomicLong();

  private KeysetPages() {}

  /** One page's ids and the anchor of the next page (null when the page is empty). */
  record Rows(List<Long> ids, Anchor last) {}

  static Rows byOffset(EntityManager em, Where w, String order, long offset, int size) {
    return rows(
        w.bind(Hql.query(em, select(w.sql()) + order, Object[].class))
            .setFirstResult((int) offset)
            .setMaxResults(size)
            .getResultList());
  }

  /**
   * Page {@code offset / size} of one year in reading order, for the filters the summary answers (a
   * year, types): the events starting in the year are read in order from {@code
   * event_chronological_idx} and stop after the page, and the few that started in an earlier year
   * and reach into this one come from {@code event_year_crossing_idx} (V7_1). The generic query (an
   * overlap on the GiST interval index, then a sort) reads every event of the year first: 42,000 at
   * a million events.
   */
  static Rows yearByOffset(EntityManager em, EventFilter f, long offset, int size) {
    String types = f.types().isEmpty() ? "" : " and e.type in (:types)";
    String sql =
        "select id, date_start, date_end from ((select e.id, e.date_start, e.date_end from event e"
            + " where e.review <> 'rejected' and e.date_start is not null"
            + " and extract(year from e.date_start)"
            + " <> extract(year from coalesce(e.date_end, e.date_start))"
            + " and daterange(e.date_start, coalesce(e.date_end, e.date_start), '[]')"
            + " && daterange(:yearStart, :yearEnd, '[]')"
            // Not "date_start < :yearStart": the planner would answer that by walking every older
            // event of event_chronological_idx (52,897 buffers at 1M, against 90).
            + " and extract(year from e.date_start) < :year"
            + types
            + ") union all (select e.id, e.date_start, e.date_end from event e"
            + " where e.review <> 'rejected' and e.date_start >= :yearStart"
            + " and e.date_start <= :yearEnd"
            + types
            + " order by e.date_start, e.date_end, e.id limit :reach)) y"
            + " order by date_start, date_end, id";
    var q =
        em.createNativeQuery(sql, Object[].class)
            .setParameter("yearStart", LocalDate.of(f.year(), 1, 1))
            .setParameter("yearEnd", LocalDate.of(f.year(), 12, 31))
            .setParameter("year", f.year())
            .setParameter("reach", offset + size);
    if (!f.types().isEmpty()) {
      q.setParameter("types", f.types());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setFirstResult((int) offset).setMaxResults(size).getResultList();
    return nativeRows(rows);
  }

  /**
   * The page of one year in reading order that starts after {@code a} (the filters {@link
   * #yearByOffset} answers), in native SQL from {@code event_chronological_idx}: the generic {@link
   * #after} is HQL, and Hibernate's parser took 15-45 s (a fresh JVM under load 40; the page's
   * first read after start-up 11-47 s, mostly in the young collections its allocations caused) to
   * read the year's overlap function with this keyset condition for the first time. An anchor among
   * the events that started in an earlier year is rare (they come first): read by offset.
   */
  static Rows yearAfter(EntityManager em, EventFilter f, Anchor a, long offset, int size) {
    LocalDate yearStart = LocalDate.of(f.year(), 1, 1);
    if (a.start() == null || a.start().isBefore(yearStart)) {
      return yearByOffset(em, f, offset, size);
    }
    USED.incrementAndGet();
    String types = f.types().isEmpty() ? "" : " and e.type in (:types)";
    String endAfter =
        a.end() == null
            ? "e.date_end is null and e.id > :id"
            : "e.date_end > :end or e.date_end is null or e.date_end = :end and e.id > :id";
    var q =
        em.createNativeQuery(
                "select e.id, e.date_start, e.date_end from event e where e.review <> 'rejected'"
                    + " and e.date_start >= :start and e.date_start <= :yearEnd"
                    + " and (e.date_start > :start or "
                    + endAfter
                    + ")"
                    + types
                    + " order by e.date_start, e.date_end, e.id",
                Object[].class)
            .setParameter("start", a.start())
            .setParameter("yearEnd", LocalDate.of(f.year(), 12, 31))
            .setParameter("id", a.id());
    if (a.end() != null) {
      q.setParameter("end", a.end());
    }
    if (!f.types().isEmpty()) {
      q.setParameter("types", f.types());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.setMaxResults(size).getResultList();
    return nativeRows(rows);
  }

  /**
   * Whether {@link #actorByOffset} reads the filter's pages newest first: one actor, no other
   * filter.
   */
  static boolean byActor(EventFilter f) {
    return f.actors().size() == 1
        && f.year() == null
        && f.types().isEmpty()
        && SummaryCounts.answers(f.withActors(List.of()));
  }

  /**
   * Page {@code offset / size} of one actor's events newest first, from {@code
   * actor_event_newest_idx} (V14_1): the actor's entries in the chronology's order, read
   * index-only. The generic query walks every visible event newest first and probes the actor's
   * rows for each (1,860 probes for a page of an actor with 9,000 of a million events).
   */
  static Rows actorByOffset(EntityManager em, EventFilter f, long offset, int size) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select event_id, date_start, date_end from actor_event where actor_id = :actor"
                    + " order by date_start desc nulls last, date_end desc nulls last,"
                    + " event_id desc",
                Object[].class)
            .setParameter("actor", f.actors().get(0))
            .setFirstResult((int) offset)
            .setMaxResults(size)
            .getResultList();
    return nativeRows(rows);
  }

  /** Rows of a native (id, start, end) query: JDBC numbers and dates as the JPQL ones. */
  private static Rows nativeRows(List<Object[]> rows) {
    List<Object[]> typed = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      typed.add(
          new Object[] {
            ((Number) r[0]).longValue(),
            org.chronology.db.Rows.date(r[1]),
            org.chronology.db.Rows.date(r[2])
          });
    }
    return rows(typed);
  }

  /**
   * The {@code size} events after {@code a}: first those with a known start (from the anchor's
   * start on, which the order's index answers as a range), then, when the page is not full, those
   * without one.
   */
  static Rows after(
      EntityManager em, Where w, String order, Anchor a, int size, boolean ascending) {
    USED.incrementAndGet();
    String lt = ascending ? ">" : "<";
    List<Object[]> rows = new ArrayList<>();
    String endAfter =
        a.end() == null
            ? "(e.dateEnd is null and e.id " + lt + " :id)"
            : "(e.dateEnd "
                + lt
                + " :end or e.dateEnd is null or (e.dateEnd = :end and e.id "
                + lt
                + " :id))";
    if (a.start() != null) {
      TypedQuery<Object[]> q =
          Hql.query(
              em,
              select(
                      w.and(
                          "e.dateStart "
                              + lt
                              + "= :start and (e.dateStart "
                              + lt
                              + " :start or "
                              + endAfter
                              + ")"))
                  + order,
              Object[].class);
      w.bind(q).setParameter("start", a.start()).setParameter("id", a.id());
      if (a.end() != null) {
        q.setParameter("end", a.end());
      }
      rows.addAll(q.setMaxResults(size).getResultList());
      if (rows.size() < size) {
        rows.addAll(
            w.bind(Hql.query(em, select(w.and("e.dateStart is null")) + order, Object[].class))
                .setMaxResults(size - rows.size())
                .getResultList());
      }
    } else {
      TypedQuery<Object[]> q =
          Hql.query(
              em, select(w.and("e.dateStart is null and " + endAfter)) + order, Object[].class);
      w.bind(q).setParameter("id", a.id());
      if (a.end() != null) {
        q.setParameter("end", a.end());
      }
      rows.addAll(q.setMaxResults(size).getResultList());
    }
    return rows(rows);
  }

  private static String select(String where) {
    return "select e.id, e.dateStart, e.dateEnd from Event e" + where;
  }

  private static Rows rows(List<Object[]> rows) {
    List<Long> ids = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      ids.add((Long) r[0]);
    }
    Object[] last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
    return new Rows(
        List.copyOf(ids),
        last == null ? null : new Anchor((LocalDate) last[1], (LocalDate) last[2], (Long) last[0]));
  }
}
