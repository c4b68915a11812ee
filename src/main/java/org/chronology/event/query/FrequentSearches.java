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
            } catch (SQLException | RuntimeException ex) {
              // A later count tries again; until then the search is counted as before.
              seen.remove(tsquery);
              LOG.debugf(ex, "frequent search not registered");
            }
          });
    }
  }

  /**
   * Registers a search and counts its matches, in one transaction that holds writers of
   * event_search back (SHARE lock) while it counts: every row committed before is counted here,
   * every later write adds its own rows through V16's triggers. False when it was already kept or
   * {@link #MAX_KEPT} searches are. Plain JDBC on its own connection: no page's statement.
   */
  public boolean register(String tsquery) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (kept(c, tsquery)) {
        return false;
      }
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("set local lock_timeout = '10s'");
        s.execute("set local statement_timeout = '300s'");
        s.execute("lock table event_search in share mode");
        Integer id = insert(c, tsquery);
        if (id != null) {
          try (PreparedStatement p =
              c.prepareStatement(
                  "insert into search_count (query_id, year, type, n)"
                      + " select k.id, cast(extract(year from s.date_start) as integer), s.type,"
                      + " count(*) from event_search s join search_count_query k"
                      + " on s.search_tsv @@ k.tsq where k.id = ? group by 1, 2, 3")) {
            p.setInt(1, id);
            p.executeUpdate();
          }
        }
        c.commit();
        return id != null;
      } catch (SQLException | RuntimeException ex) {
        c.rollback();
        throw ex;
      }
    }
  }

  private static boolean kept(Connection c, String tsquery) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("select 1 from search_count_query where q = ?")) {
      p.setString(1, tsquery);
      try (ResultSet r = p.executeQuery()) {
        return r.next();
      }
    }
  }

  /** The new search's id, or null when it is kept already or the bound is reached. */
  private static Integer insert(Connection c, String tsquery) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "insert into search_count_query (q, tsq) select ?, to_tsquery('simple', ?)"
                + " where (select count(*) from search_count_query) < ?"
                + " on conflict (q) do nothing returning id")) {
      p.setString(1, tsquery);
      p.setString(2, tsquery);
      p.setInt(3, MAX_KEPT);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? r.getInt(1) : null;
      }
    }
  }
}
