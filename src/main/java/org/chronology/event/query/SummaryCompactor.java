package org.chronology.event.query;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chronology.common.DaemonThreads;
import org.jboss.logging.Logger;

/**
 * Folds the summary's pending deltas into its counts every few seconds (V7__summary_counts.sql), so
 * that what a reader adds up stays a few hundred rows after any number of writes. Several instances
 * may run it: the database function takes an advisory lock and the others skip that round.
 */
@ApplicationScoped
public class SummaryCompactor {

  private static final Logger LOG = Logger.getLogger(SummaryCompactor.class);

  /** Seconds between two rounds. */
  static final long PERIOD = 5;

  private final AgroalDataSource dataSource;

  private ScheduledExecutorService timer;

  public SummaryCompactor(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  void start(@Observes StartupEvent e) {
    timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("summary-compactor"));
    timer.scheduleWithFixedDelay(this::safely, PERIOD, PERIOD, TimeUnit.SECONDS);
  }

  void stop(@Observes ShutdownEvent e) {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  private void safely() {
    try {
      compact();
    } catch (RuntimeException | SQLException ex) {
      // The next round tries again; the counts read meanwhile are right, only a little slower.
      LOG.debugf(ex, "summary compaction skipped");
    }
  }

  /**
   * One round; false when another session was compacting. Plain JDBC, one statement in its own
   * transaction (autocommit): a background round is no statement of any page's (the tests count
   * those through Hibernate).
   */
  public boolean compact() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select chronology_compact_summary()")) {
      return r.next() && r.getBoolean(1);
    }
  }
}
