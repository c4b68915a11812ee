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
import java.util.concurrent.atomic.AtomicInteger;
import org.chronology.common.DaemonThreads;
import org.jboss.logging.Logger;

/**
 * Folds the summary's pending deltas into its counts every few seconds (V7__summary_counts.sql), so
 * that what a reader adds up stays a few hundred rows after any number of writes. Several instances
 * may run it: the database function takes an advisory lock and the others skip that round.
 *
 * <p>Bulk work (the start-up ingest, a folder import, a full re-extraction) holds the rounds back
 * ({@link #hold}) for at most {@link #LONGEST_HOLD} seconds at a time and folds once when it is
 * over: the rounds then run beside the merges a dozen times less often, and a count that several
 * rounds' deltas name is upserted once. Readers add the pending deltas to the counts, so what they
 * read is the same either way; only their sum runs over more delta rows meanwhile (at most a minute
 * of merges).
 */
@ApplicationScoped
public class SummaryCompactor {

  private static final Logger LOG = Logger.getLogger(SummaryCompactor.class);

  /** Seconds between two rounds. */
  static final long PERIOD = 5;

  /** Seconds bulk work may hold the rounds back before one runs all the same. */
  static final long LONGEST_HOLD = 60;

  /** Seconds the application's stop waits for a round under way. */
  static final long LONGEST_STOP = 30;

  /** Bulk runs under way in this instance. */
  private final AtomicInteger holds = new AtomicInteger();

  /** Holds without the time limit (a folder import command): no round runs at all meanwhile. */
  private final AtomicInteger unbounded = new AtomicInteger();

  private volatile long lastRound = System.nanoTime();

  /** Rounds started (due when their turn came), for the tests. */
  private final AtomicInteger rounds = new AtomicInteger();

  /** Set when the application stops: no round starts after that. */
  private volatile boolean stopping;

  private final AgroalDataSource dataSource;

  private ScheduledExecutorService timer;

  public SummaryCompactor(AgroalDataSource dataSource) {
    this.dataSource = dataSource;
  }

  void start(@Observes StartupEvent e) {
    timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("summary-compactor"));
    timer.scheduleWithFixedDelay(this::safely, PERIOD, PERIOD, TimeUnit.SECONDS);
  }

  /**
   * No round starts any more, and one under way is waited for (at most {@link #LONGEST_STOP}
   * seconds) rather than cut: the data source closes after this, and a round cut by it was logged
   * as "This connection has been closed." at the end of every folder import.
   */
  void stop(@Observes ShutdownEvent e) {
    stopping = true;
    ScheduledExecutorService t = timer;
    if (t == null) {
      return;
    }
    t.shutdown();
    try {
      if (!t.awaitTermination(LONGEST_STOP, TimeUnit.SECONDS)) {
        t.shutdownNow();
      }
    } catch (InterruptedException ex) {
      t.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Rounds started so far. */
  int roundsStarted() {
    return rounds.get();
  }

  /**
   * Holds the rounds back until the returned handle is closed (bulk work); then one round runs at
   * once. Nested and concurrent holds are counted.
   */
  public Hold hold() {
    holds.incrementAndGet();
    return new Hold(false);
  }

  /**
   * Holds the rounds back with no time limit, for a process that serves no reader while it holds
   * them (the folder import command). In a 1,000-article import the rounds every {@link
   * #LONGEST_HOLD} seconds were 28% of PostgreSQL's execution time (the actor pairs' deltas
   * upserted again each round: docs/benchmarks.md, "Folder import at 1,000 articles"); the deltas
   * are folded once instead, by the server's first round: closing this starts no round (the command
   * exits right after, and its stop would cut the round). The counts read are the same either way
   * (readers add the deltas; another instance on the database runs its own rounds).
   */
  public Hold holdAll() {
    holds.incrementAndGet();
    unbounded.incrementAndGet();
    return new Hold(true);
  }

  /** A bulk run's hold on the rounds; closing it twice releases it once. */
  public final class Hold implements AutoCloseable {
    private boolean open = true;
    private final boolean all;

    private Hold(boolean all) {
      this.all = all;
    }

    @Override
    public synchronized void close() {
      if (open) {
        open = false;
        if (all) {
          unbounded.decrementAndGet();
        }
        ScheduledExecutorService t = timer;
        // An unbounded hold's process exits next: its deltas are left to the next server's rounds.
        if (holds.decrementAndGet() == 0 && !all && t != null && !t.isShutdown()) {
          t.execute(SummaryCompactor.this::safely);
        }
      }
    }
  }

  /**
   * True when a round is due: no bulk run holds them back, or the holds are all bounded and have
   * held them long enough.
   */
  boolean due() {
    return due(System.nanoTime());
  }

  /** {@link #due()} at {@code now} ({@link System#nanoTime}). */
  boolean due(long now) {
    return holds.get() == 0
        || (unbounded.get() == 0 && now - lastRound >= TimeUnit.SECONDS.toNanos(LONGEST_HOLD));
  }

  private void safely() {
    if (stopping || !due()) {
      return;
    }
    rounds.incrementAndGet();
    lastRound = System.nanoTime();
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
        // The review queue's counts (V28) in the same statement, under the same advisory lock.
        ResultSet r =
            s.executeQuery(
                "select chronology_compact_summary(), chronology_compact_review_queue()")) {
      return r.next() && r.getBoolean(1) && r.getBoolean(2);
    }
  }
}
