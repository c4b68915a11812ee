package org.chronology.event.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chronology.common.DaemonThreads;
import org.chronology.event.Event;
import org.jboss.logging.Logger;

/**
 * How a background re-extraction publishes its work to the pages: its transactions do not bump the
 * data version ({@link #deferInTransaction}, V31), and this bumps it once at most every {@code
 * interval} after a commit and once at the end ({@link #close}). Every kept page (HTML and API,
 * {@code web.cache}) is kept under that version, so a run committing a batch every 10–20 s made
 * every next read a miss; now pages lag a running re-extraction by at most the interval. Editors'
 * writes, uploads, merges and imports do not go through here: they bump the version at their
 * commit, and with it publish what the run committed before them.
 */
public final class DataVersionPublisher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DataVersionPublisher.class);

  private final long intervalNanos;
  private final Runnable bump;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("data-version-publisher"));

  /** Commits not yet published (a bump is scheduled while true). */
  private boolean unpublished;

  private long lastPublished = System.nanoTime();
  private int published;

  public DataVersionPublisher(Duration interval) {
    this(interval, DataVersionPublisher::bump);
  }

  /** {@code bump}: what publishing does (tests count it). */
  DataVersionPublisher(Duration interval, Runnable bump) {
    this.intervalNanos = Math.max(0, interval.toNanos());
    this.bump = bump;
  }

  /** Bumps the data version in a transaction of its own (the statement the triggers run, V32). */
  private static void bump() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Event.getEntityManager()
                    .createNativeQuery("select chronology_publish_data_version()")
                    .getSingleResult());
  }

  /**
   * Makes the current transaction's writes leave the data version alone (transaction-local: the
   * connection's next transaction bumps it again).
   */
  public static void deferInTransaction(EntityManager em) {
    em.createNativeQuery("select set_config('chronology.defer_data_version', 'on', true)")
        .getSingleResult();
  }

  /** A deferred transaction committed: its work is published at most {@code interval} later. */
  public synchronized void committed() {
    if (unpublished) {
      return;
    }
    unpublished = true;
    long wait = Math.max(0, lastPublished + intervalNanos - System.nanoTime());
    timer.schedule(this::publish, wait, TimeUnit.NANOSECONDS);
  }

  /** How many times this run has bumped the data version so far. */
  public synchronized int published() {
    return published;
  }

  /** The run is over: what it committed since the last bump is published now. */
  @Override
  public void close() {
    publish();
    timer.shutdownNow();
  }

  private synchronized void publish() {
    if (!unpublished) {
      return;
    }
    try {
      bump.run();
      unpublished = false;
      published++;
      lastPublished = System.nanoTime();
    } catch (RuntimeException e) {
      // Published at the next commit's turn, or by the next write of anyone.
      LOG.warnf("Publishing the re-extraction's work (data version) failed: %s", e);
      unpublished = false;
    }
  }
}
