package org.chronology.article;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.chronology.event.service.ExtractionRunner;
import org.chronology.event.service.ReextractionService;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.ExtractedEvent;
import org.jboss.logging.Logger;

/**
 * One bulk run through the pending articles ({@link ArticleService}'s start-up, folder import and
 * re-extraction, under its bulk lock): extracted on the bulk pool, a bounded window in flight, and
 * merged in order, batch by batch, through {@link ArticleMerges}, until none is left. Its own class
 * so that {@link ArticleService} keeps the entry points and the locking; the run's log lines stay
 * under {@link ArticleService}'s logger.
 */
final class PendingExtraction {

  private static final Logger LOG = Logger.getLogger(ArticleService.class);

  private final ReextractionService extraction;
  private final ExtractionRunner bulk;
  private final int threads;
  private final AtomicReference<ArticleService.Progress> progress;
  private final FreshHeaderDates fresh;

  /**
   * {@code bulk}: the pool the articles are extracted on, {@code threads} wide; {@code progress}:
   * where the run's progress is shown; {@code fresh}: the articles whose header date the ingest
   * just read.
   */
  PendingExtraction(
      ReextractionService extraction,
      ExtractionRunner bulk,
      int threads,
      AtomicReference<ArticleService.Progress> progress,
      FreshHeaderDates fresh) {
    this.extraction = extraction;
    this.bulk = bulk;
    this.threads = threads;
    this.progress = progress;
    this.fresh = fresh;
  }

  /**
   * Runs until no article is pending (see {@code ArticleService.completePendingLocked}); {@code
   * afterBatch}: run after each batch's commit, may be null.
   */
  ArticleService.BulkReport run(
      String phase, ArticleMerges merges, boolean deferred, Runnable afterBatch) {
    long t0 = System.nanoTime();
    // Where the merging thread's time goes (logged at the end): reading articles, waiting for
    // their extractions, merging batches; and how long the extraction threads worked meanwhile.
    long readNs = 0;
    long awaitNs = 0;
    long mergeNs = 0;
    int batches = 0;
    long busy0 = bulk.busyNanos();
    int extracted = 0;
    int failed = 0;
    int total = 0;
    Map<Long, List<ExtractedEvent>> cache =
        ArticleMerges.recentResults(ArticleMerges.RECENT_RESULTS);
    // The run's ids, kept once as longs (not a boxed list, a tried set and a queue of them).
    PendingRun run = new PendingRun();
    int size = run.startRound(ArticleLoads.pendingIds());
    // Built only when there is work: it reads every actor, which a start-up with nothing pending
    // (the usual one) should not pay for.
    EventExtractor extractor = size == 0 ? null : extraction.extractor();
    BulkTicker ticker = null;
    while (size > 0) {
      total += size;
      if (ticker == null) {
        ticker = new BulkTicker(phase, total, t0);
      } else {
        ticker.total = total;
      }
      Deque<Map.Entry<Article, CompletableFuture<List<ExtractedEvent>>>> inFlight =
          new ArrayDeque<>();
      // Each article's stored form (the JSON a merge keeps), made by the extraction thread that
      // completes the article's extraction: off the merging thread, which every batch waits for.
      Map<Long, CompletableFuture<String>> storing = new HashMap<>();
      Map<Long, String> stored = new HashMap<>();
      int window = Math.max(ArticleMerges.BATCH * 2, threads * 4);
      List<Map.Entry<Article, List<ExtractedEvent>>> batch = new ArrayList<>();
      while (run.hasNext() || !inFlight.isEmpty()) {
        // Refilled by half a window at a time, so that articles are read in groups.
        if (run.hasNext() && inFlight.size() <= window / 2) {
          List<Long> next = new ArrayList<>();
          while (run.hasNext() && inFlight.size() + next.size() < window) {
            next.add(run.next());
          }
          // The window's articles in one transaction; when that fails, one by one, so that only
          // an article that cannot be read is marked failed.
          Map<Long, Article> read = null;
          long r0 = System.nanoTime();
          try {
            read = ArticleLoads.load(next, deferred, fresh);
          } catch (RuntimeException e) {
            LOG.warnf("Reading %d articles failed (%s); reading them one by one", next.size(), e);
          }
          for (long id : next) {
            Article a;
            try {
              a =
                  read != null
                      ? read.get(id)
                      : ArticleLoads.load(List.of(id), deferred, fresh).get(id);
            } catch (RuntimeException e) {
              LOG.errorf(e, "Reading article %d for extraction failed", id);
              merges.fail(id, "article " + id, ArticleMerges.reason(e), cache);
              failed++;
              continue;
            }
            if (a != null && !"done".equals(a.extractionState)) {
              var events = bulk.submit(extractor, ReextractionService.text(a));
              inFlight.add(Map.entry(a, events));
              storing.put(a.id, events.thenApply(x -> extraction.storedForm(extractor, x)));
            }
          }
          readNs += System.nanoTime() - r0;
        }
        if (inFlight.isEmpty()) {
          continue;
        }
        var next = inFlight.poll();
        long w0 = System.nanoTime();
        List<ExtractedEvent> events = merges.await(next.getKey(), next.getValue(), cache);
        CompletableFuture<String> form = storing.remove(next.getKey().id);
        String storedForm = events == null ? null : ArticleMerges.storedForm(form);
        awaitNs += System.nanoTime() - w0;
        if (events == null) {
          failed++;
        } else {
          batch.add(Map.entry(next.getKey(), events));
          stored.put(next.getKey().id, storedForm);
        }
        if (batch.size() >= ArticleMerges.BATCH || (!run.hasNext() && inFlight.isEmpty())) {
          long m0 = System.nanoTime();
          int ok = merges.mergeBatch(extractor, batch, stored, cache);
          mergeNs += System.nanoTime() - m0;
          batches++;
          extracted += ok;
          failed += batch.size() - ok;
          batch.clear();
          stored.clear();
          if (afterBatch != null) {
            afterBatch.run();
          }
        }
        ticker.tick(extracted + failed, failed);
        progress.set(
            new ArticleService.Progress(
                phase,
                true,
                total,
                extracted + failed,
                failed,
                (System.nanoTime() - t0) / 1_000_000));
      }
      long[] again = ArticleLoads.pendingIds();
      long[] stuck = run.stuck(again);
      if (stuck.length > 0) {
        LOG.errorf(
            "%d articles stay pending after being tried in this run (left for the next run): %s",
            stuck.length, Arrays.toString(stuck));
      }
      size = run.startRound(again);
    }
    if (ticker != null) {
      ticker.last(extracted + failed, failed);
      long wall = System.nanoTime() - t0;
      LOG.infof(
          "%s: %d ms; the merging thread read articles %d ms, waited for extractions %d ms, merged"
              + " %d batches in %d ms; the %d extraction threads worked %d ms of %d",
          phase,
          wall / 1_000_000,
          readNs / 1_000_000,
          awaitNs / 1_000_000,
          batches,
          mergeNs / 1_000_000,
          threads,
          (bulk.busyNanos() - busy0) / 1_000_000,
          threads * wall / 1_000_000);
    }
    progress.set(
        new ArticleService.Progress(
            phase, false, total, extracted + failed, failed, (System.nanoTime() - t0) / 1_000_000));
    return new ArticleService.BulkReport(List.of(), extracted, failed);
  }
}
