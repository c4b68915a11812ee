package org.chronology.event.query;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

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
        w.bind(em.createQuery(select(w.sql()) + order, Object[].class))
            .setFirstResult((int) offset)
            .setMaxResults(size)
            .getResultList());
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
          em.createQuery(
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
            w.bind(em.createQuery(select(w.and("e.dateStart is null")) + order, Object[].class))
                .setMaxResults(size - rows.size())
                .getResultList());
      }
    } else {
      TypedQuery<Object[]> q =
          em.createQuery(
              select(w.and("e.dateStart is null and " + endAfter)) + order, Object[].class);
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
