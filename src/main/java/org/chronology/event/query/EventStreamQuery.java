package org.chronology.event.query;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/** Matching event ids read through a database cursor, for exports and feeds. */
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
            Panache.getEntityManager()
                .createQuery("select e.id from Event e" + w.sql() + orderBy, Long.class))
        .setHint(HibernateHints.HINT_FETCH_SIZE, fetchSize)
        .getResultStream();
  }
}
