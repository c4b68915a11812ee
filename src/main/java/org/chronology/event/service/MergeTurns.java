package org.chronology.event.service;

import java.util.function.Supplier;

/**
 * Who goes first at the merge lock in this instance: interactive writers (an upload's merge, an
 * edit's re-extraction) before a bulk run's batch. An interactive writer is counted from before it
 * asks for the lock until its transaction has ended; a batch merging many articles in one
 * transaction ends it early, after the article under way, when one is counted ({@link
 * #interactiveWaiting}), and waits for the count to fall to zero before it asks for the lock again
 * ({@link #awaitNoInteractive}). So an upload waits for one article's merge, not for a batch of
 * them.
 *
 * <p>The lock itself stays PostgreSQL's ({@link ReextractionService#MERGE_LOCK}): this decides only
 * the order within one instance, never whether two writers may merge at once. Across instances the
 * same order is kept by {@link GiveWay#INTERACTIVE_LOCK}.
 */
public final class MergeTurns {

  /**
   * How long after an interactive writer (of this instance, or seen waiting from another) a bulk
   * run keeps its transactions short ({@link #recently}): uploads come in runs of files, and the
   * next one should not land in a long batch.
   */
  static final long RECENT_NANOS = 30_000_000_000L;

  private int interactive;

  /** When an interactive writer was last counted or seen (System.nanoTime), or never. */
  private long lastSeen;

  private boolean seen;

  /** Runs an interactive writer's transaction, counted while it waits for the lock and holds it. */
  <T> T interactive(Supplier<T> work) {
    synchronized (this) {
      interactive++;
      notifyAll();
    }
    try {
      return work.get();
    } finally {
      synchronized (this) {
        interactive--;
        noteSeen();
        notifyAll();
      }
    }
  }

  /** An interactive writer was seen (one of another instance, waiting for a batch's lock). */
  synchronized void noteSeen() {
    seen = true;
    lastSeen = System.nanoTime();
  }

  /**
   * True while an interactive writer is counted or was seen within {@link #RECENT_NANOS}: a bulk
   * run then merges fewer articles a transaction and writes each one's changes right after it.
   */
  synchronized boolean recently() {
    return interactive > 0 || (seen && System.nanoTime() - lastSeen < RECENT_NANOS);
  }

  /** True when an interactive writer waits for the merge lock (or holds it). */
  public synchronized boolean interactiveWaiting() {
    return interactive > 0;
  }

  /**
   * A bulk run's batch, before it asks for the merge lock: lets the interactive writers go first.
   */
  synchronized void awaitNoInteractive() {
    while (interactive > 0) {
      try {
        wait();
      } catch (InterruptedException e) {
        // The run is stopping: it goes on to the lock as before (the lock still decides).
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Waits until an interactive writer is counted (tests hold a batch until one arrives). */
  public synchronized void awaitInteractive() throws InterruptedException {
    while (interactive == 0) {
      wait();
    }
  }
}
