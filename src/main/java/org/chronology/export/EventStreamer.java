package org.chronology.export;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.chronology.event.query.EventFilter;
import org.chronology.event.query.EventQueryService;
import org.chronology.event.query.EventStreamQuery;
import org.chronology.event.query.EventViews.EventView;
import org.hibernate.Session;

/**
 * Feeds every event matching a filter to a writer without ever holding them all: ids come from one
 * database cursor ({@link #FETCH} rows at a time) inside a read-only transaction, and full events
 * are loaded {@link #BATCH} at a time with a fixed number of statements, then dropped from the
 * persistence context. Exports are unbounded: memory stays constant however many rows match.
 */
@ApplicationScoped
public class EventStreamer {

  static final int FETCH = 1000;
  static final int BATCH = 500;

  /** Newest first, undated last: the chronology's order. */
  public static final String NEWEST_FIRST =
      " order by e.dateStart desc nulls last, e.dateEnd desc nulls last, e.id desc";

  /** Most recently created or changed first (feeds). */
  public static final String RECENTLY_UPDATED = " order by e.updatedAt desc, e.id desc";

  /** Long exports must not be cut by the default 60 s transaction timeout. */
  private static final int TIMEOUT_SECONDS = 6 * 3600;

  private final EventQueryService events;
  private final EventStreamQuery cursor;
  private final Counter rows;

  public EventStreamer(EventQueryService events, EventStreamQuery cursor, MeterRegistry registry) {
    this.events = events;
    this.cursor = cursor;
    this.rows =
        Counter.builder("chronology.export.events")
            .description("Events written to exports and feeds")
            .register(registry);
  }

  /** Something that takes events one at a time. */
  @FunctionalInterface
  public interface Sink {
    void accept(EventView event) throws IOException;
  }

  /**
   * Streams up to {@code limit} matching events (all when {@code limit <= 0}) to the sink in the
   * given order; returns how many were passed on.
   */
  public long stream(EventFilter filter, String orderBy, long limit, Sink sink) throws IOException {
    try {
      return QuarkusTransaction.requiringNew()
          .timeout(TIMEOUT_SECONDS)
          .call(() -> run(filter, orderBy, limit, sink));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private long run(EventFilter filter, String orderBy, long limit, Sink sink) {
    Panache.getEntityManager().unwrap(Session.class).setDefaultReadOnly(true);
    long n = 0;
    int fetch = limit > 0 && limit < FETCH ? (int) limit : FETCH;
    try (Stream<Long> ids = cursor.streamIds(filter, orderBy, fetch)) {
      Iterator<Long> it = ids.iterator();
      List<Long> batch = new ArrayList<>(BATCH);
      while (it.hasNext() && (limit <= 0 || n + batch.size() < limit)) {
        batch.add(it.next());
        if (batch.size() == BATCH) {
          n += emit(batch, sink);
          batch.clear();
        }
      }
      n += emit(batch, sink);
    }
    return n;
  }

  private long emit(List<Long> batch, Sink sink) {
    if (batch.isEmpty()) {
      return 0;
    }
    List<EventView> views = events.views(batch);
    // Loaded entities are not needed again: keep the persistence context at one batch.
    Panache.getEntityManager().clear();
    try {
      for (EventView v : views) {
        sink.accept(v);
        rows.increment();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return views.size();
  }

  /** Events written so far by every export and feed since start-up. */
  public double written() {
    return rows.count();
  }
}
