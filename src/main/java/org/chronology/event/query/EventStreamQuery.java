package org.chronology.event.query;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.chronology.db.Hql;
import org.hibernate.jpa.HibernateHints;

/** Matching event ids read through a database cursor, for exports and feeds, and their times. */
@ApplicationScoped
public class EventStreamQuery {

  /**
   * Ids of every matching event in {@code orderBy} (a JPQL order clause over {@code e}), read from
   * the database {@code fetchSize} rows at a time: for exports and feeds, which never hold the
   * whole result. Call inside a transaction and close the stream.
   */
  public Stream<Long> streamIds(EventFilter f, String orderBy, int fetchSize) {
    Where w = Where.of(f, true);
    return w.bind(
            Hql.query(
                Panache.getEntityManager(),
                "select e.id from Event e" + w.sql() + orderBy,
                Long.class))
        .setHint(HibernateHints.HINT_FETCH_SIZE, fetchSize)
        .getResultStream();
  }

  /** When an event was created and last changed. */
  public record Stamps(OffsetDateTime updated, OffsetDateTime created) {}

  /** The times of each of {@code ids} that exists (for a feed's entries). */
  @Transactional
  public Map<Long, Stamps> stamps(List<Long> ids) {
    Map<Long, Stamps> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    for (Object[] r :
        Hql.query(
                Panache.getEntityManager(),
                "select e.id, e.updatedAt, e.createdAt from Event e where e.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      out.put((Long) r[0], new Stamps((OffsetDateTime) r[1], (OffsetDateTime) r[2]));
    }
    return out;
  }
}
