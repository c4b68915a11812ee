package org.chronology.event.query;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.chronology.common.DaemonThreads;
import org.jboss.logging.Logger;

/**
 * Text searches with many matches whose counts per start year and type the database keeps on write
 * (V16__frequent_search_counts.sql): once such a search has been counted, it is registered here in
 * the background, and its counts after any later write are a few hundred rows ({@link SearchRows}).
 * Several instances may register the same search: the second finds it there.
 */
@ApplicationScoped
public class FrequentSearches {

  private static final Logger LOG = Logger.getLogger(FrequentSearches.class);

  /**
   * Matches from which a search is kept: its count reads about as many pages of event_search (up to
   * all 38,700 at a million events), where the kept counts are one row per year and type.
   */
  static final long FREQUENT = 20_000;

  /** At most this many searches are kept: every write checks its rows against each of them. */
  static final int MAX_KEPT = 100;

  /** How long a registration waits for the writers running when it began before giving up. */
  private static final long WAIT_LIMIT_NANOS = 600_000_000_000L;

  private static final long POLL_MILLIS = 50;

  private final AgroalDataSource dataSource;
  private final Set<String> seen = ConcurrentHashMap.newKeySet();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(DaemonThreads.named("frequent-searches"));

  public FrequentSearches(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  void stop(@Observes ShutdownEvent e) {
    worker.shutdownNow();
  }

  /**
   * A search ({@code tsquery}, as {@link SearchQuery#tsquery} builds it) was counted with {@code
   * matches}: registers it in the background when it is frequent (once per search and instance).
   */
  void counted(String tsquery, long matches) {
    if (matches >= FREQUENT && seen.add(tsquery)) {
      worker.execute(
          () -> {
            try {
              register(tsquery);
            } catch (InterruptedException ex) {
              Thread.currentThread().interrupt();
            } catch (SQLException | RuntimeException ex) {
              // A later count tries again; until then the search is counted as before.
              seen.remove(tsquery);
              LOG.debugf(ex, "frequent search not registered");
            }
          });
    }
  }

  /**
   * Registers a search and counts its matches without holding writers of event_search back
   * (V18__search_registration_without_lock.sql): the search is committed first, not ready, so every
   * later write's triggers keep its counts; once the transactions that could have written without
   * seeing it have ended, {@link #fill} adds what was there before, and the search is ready. False
   * when it was already kept, another instance filled it meanwhile, or {@link #MAX_KEPT} searches
   * are. Plain JDBC on its own connection: no page's statement.
   */
  public boolean register(String tsquery) throws SQLException, InterruptedException {
    try (Connection c = dataSource.getConnection()) {
      Integer id = insert(c, tsquery);
      if (id == null) {
        return false;
      }
      awaitEarlierWriters(c);
      return fill(c, id);
    }
  }

  /**
   * Waits until every transaction running when the registration committed has ended: one of them
   * may have run its statement triggers before the search was there, so its rows carry no kept
   * count and must be in the count instead. Later statements see the search (writers run at READ
   * COMMITTED: every statement of a trigger takes a new snapshot).
   */
  private static void awaitEarlierWriters(Connection c) throws SQLException, InterruptedException {
    String snapshot;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select cast(pg_current_snapshot() as text)")) {
      r.next();
      snapshot = r.getString(1);
    }
    long deadline = System.nanoTime() + WAIT_LIMIT_NANOS;
    try (PreparedStatement p =
        c.prepareStatement(
            "select count(*) from pg_snapshot_xip(cast(? as pg_snapshot)) x"
                + " where pg_xact_status(x) = 'in progress'")) {
      p.setString(1, snapshot);
      while (true) {
        try (ResultSet r = p.executeQuery()) {
          r.next();
          if (r.getLong(1) == 0) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new SQLException("writers still running after the wait limit");
        }
        Thread.sleep(POLL_MILLIS);
      }
    }
  }

  /**
   * Adds the search's matches per year and type as one snapshot sees them, minus the kept counts
   * that same snapshot sees (writes already in the count), and marks it ready, in one transaction:
   * writes committed after the snapshot are added by their triggers, before or after this one (each
   * adds its own difference). The search's row is locked first, so two instances never both add the
   * count.
   */
  private static boolean fill(Connection c, int id) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("set local statement_timeout = '300s'");
      boolean ready;
      try (PreparedStatement p =
          c.prepareStatement(
              "select ready from search_count_query where id = ? for no key update")) {
        p.setInt(1, id);
        try (ResultSet r = p.executeQuery()) {
          ready = !r.next() || r.getBoolean(1);
        }
      }
      if (!ready) {
        try (PreparedStatement p =
                c.prepareStatement(
                    "insert into search_count as c (query_id, year, type, n)"
                        + " select ?, d.year, d.type, sum(d.n) from ("
                        + " select cast(extract(year from s.date_start) as integer) as year, s.type,"
                        + " count(*) as n from event_search s join search_count_query k"
                        + " on s.search_tsv @@ k.tsq where k.id = ? group by 1, 2"
                        + " union all select year, type, -n from search_count where query_id = ?) d"
                        + " group by 2, 3 having sum(d.n) <> 0"
                        + " on conflict (query_id, year, type) do update set n = c.n + excluded.n");
            PreparedStatement done =
                c.prepareStatement("update search_count_query set ready = true where id = ?")) {
          p.setInt(1, id);
          p.setInt(2, id);
          p.setInt(3, id);
          p.executeUpdate();
          done.setInt(1, id);
          done.executeUpdate();
        }
      }
      c.commit();
      return !ready;
    } catch (SQLException | RuntimeException ex) {
      c.rollback();
      throw ex;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /**
   * The search's id when it is to be filled: newly registered, or registered but not ready (a
   * registration stopped half-way, or another instance's under way); null when it is ready or
   * {@link #MAX_KEPT} searches are kept.
   */
  private static Integer insert(Connection c, String tsquery) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "with added as (insert into search_count_query (q, tsq, ready)"
                + " select ?, to_tsquery('simple', ?), false"
                + " where (select count(*) from search_count_query) < ?"
                + " on conflict (q) do nothing returning id)"
                + " select id from added union all"
                + " select id from search_count_query where q = ? and not ready")) {
      p.setString(1, tsquery);
      p.setString(2, tsquery);
      p.setInt(3, MAX_KEPT);
      p.setString(4, tsquery);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getInt(1) : null;
      }
    }
  }
}
