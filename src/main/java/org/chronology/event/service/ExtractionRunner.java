package org.chronology.event.service;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.chronology.common.DaemonThreads;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.ExtractedEvent;

/**
 * Runs extractions on a bounded pool, each time-boxed: when one article takes longer than the
 * timeout its thread is interrupted (the pipeline stops between stages) and its future fails with a
 * {@link TimeoutException}; the other articles never wait for it beyond their place in the queue.
 * Plain Java, so it is tested without the application.
 */
public final class ExtractionRunner implements AutoCloseable {

  private static final int RUNNING = 0;
  private static final int DONE = 1;
  private static final int TIMED_OUT = 2;

  private final ExecutorService pool;
  private final ScheduledExecutorService watchdog;
  private final Duration timeout;

  /** Nanoseconds the pool's threads spent extracting, all articles so far. */
  private final AtomicLong busy = new AtomicLong();

  public ExtractionRunner(int threads, Duration timeout) {
    this.pool =
        Executors.newFixedThreadPool(Math.max(1, threads), DaemonThreads.numbered("extraction"));
    this.watchdog =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.numbered("extraction-watchdog"));
    this.timeout = timeout;
  }

  /** Extracts one article on the pool; the future fails with a TimeoutException past the box. */
  public CompletableFuture<List<ExtractedEvent>> submit(
      EventExtractor extractor, ArticleText text) {
    CompletableFuture<List<ExtractedEvent>> result = new CompletableFuture<>();
    pool.execute(() -> run(extractor, text, result));
    return result;
  }

  private void run(
      EventExtractor extractor, ArticleText text, CompletableFuture<List<ExtractedEvent>> result) {
    Thread me = Thread.currentThread();
    long t0 = System.nanoTime();
    AtomicInteger state = new AtomicInteger(RUNNING);
    // The box starts when the article's extraction does, not when it was queued.
    ScheduledFuture<?> dog =
        watchdog.schedule(
            () -> {
              synchronized (state) {
                if (state.compareAndSet(RUNNING, TIMED_OUT)) {
                  me.interrupt();
                }
              }
              // Whoever waits is released now, even if a stage never looks at the interrupt.
              result.completeExceptionally(timedOut());
            },
            timeout.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      List<ExtractedEvent> events = extractor.extract(text);
      if (state.compareAndSet(RUNNING, DONE)) {
        result.complete(events);
      }
    } catch (RuntimeException | Error e) {
      if (state.compareAndSet(RUNNING, DONE)) {
        result.completeExceptionally(e);
      }
    } finally {
      busy.addAndGet(System.nanoTime() - t0);
      dog.cancel(false);
      synchronized (state) {
        // A late interrupt must not leak into the next article on this thread.
        Thread.interrupted();
      }
    }
  }

  /**
   * Nanoseconds the pool's threads spent extracting so far (a bulk run logs how busy they were).
   */
  public long busyNanos() {
    return busy.get();
  }

  private TimeoutException timedOut() {
    return new TimeoutException(
        "extraction took longer than " + timeout.toMillis() + " ms and was stopped");
  }

  @Override
  public void close() {
    pool.shutdownNow();
    watchdog.shutdownNow();
  }
}
