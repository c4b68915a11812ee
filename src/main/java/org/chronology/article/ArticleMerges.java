package org.chronology.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.chronology.event.service.DataVersionPublisher;
import org.chronology.event.service.ReextractionService;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.ExtractedEvent;
import org.jboss.logging.Logger;

/**
 * How {@link ArticleService} merges extracted articles: one alone (an upload, an edit) or a bulk
 * run's batch in one transaction, and what happens when an article fails — it alone is marked
 * failed with the reason, the others are merged all the same.
 */
final class ArticleMerges {

  private static final Logger LOG = Logger.getLogger(ArticleService.class);

  /**
   * Articles a bulk run merges in one transaction: the merge lock, the commit and the actor
   * look-ups are paid once per batch instead of once per article. An interactive writer waits for
   * one article of it, not for all (see {@link #mergeBatch}). 32 measured against 16 and 128
   * (docs/benchmarks.md, "the ingest's critical path"): both cost more CPU per article, the
   * database most at 128.
   */
  static final int BATCH = 32;

  /**
   * Articles whose extracted events a bulk run keeps at hand for the merges of later articles that
   * share an event with them: 32 batches, far more than a window of articles in flight or one
   * merge's other articles, far fewer than an archive. An article's events are ~22 KB of heap (a
   * dump 1,216 articles into the re-extraction at 1M: 32,464 extracted events, 27 MB), so 8,192
   * articles grew to ~180 MB of the README's 256 MB heap within the first hour of a run; 1,024 are
   * ~22 MB. One dropped is read back from its stored extraction in the merge's one statement.
   */
  static final int RECENT_RESULTS = 1024;

  /**
   * A bulk run's extracted events by article, the {@code capacity} most recently used only. An
   * article dropped from it is read back from its stored extraction (written when it was merged),
   * or extracted again, as for any article outside the run: the merge sees the same events.
   */
  static Map<Long, List<ExtractedEvent>> recentResults(int capacity) {
    return new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, List<ExtractedEvent>> eldest) {
        return size() > capacity;
      }
    };
  }

  private final ReextractionService extraction;

  /**
   * A background run's: its commits leave the data version to it (published at a bounded rate);
   * null: every commit bumps it (uploads, edits, imports).
   */
  private final DataVersionPublisher publisher;

  ArticleMerges(ReextractionService extraction) {
    this(extraction, null);
  }

  /** Run inside a batch's transaction after each article (tests hold a batch there), or null. */
  private final Runnable insideBatch;

  ArticleMerges(ReextractionService extraction, DataVersionPublisher publisher) {
    this(extraction, publisher, null);
  }

  ArticleMerges(
      ReextractionService extraction, DataVersionPublisher publisher, Runnable insideBatch) {
    this(extraction, publisher, null, insideBatch);
  }

  /**
   * Run inside a batch's transaction once it holds the merge lock, before it reads (tests hold a
   * batch at its start), or null.
   */
  private final Runnable atBatchStart;

  ArticleMerges(
      ReextractionService extraction,
      DataVersionPublisher publisher,
      Runnable atBatchStart,
      Runnable insideBatch) {
    this.extraction = extraction;
    this.publisher = publisher;
    this.atBatchStart = atBatchStart;
    this.insideBatch = insideBatch;
  }

  private boolean deferred() {
    return publisher != null;
  }

  private void committed() {
    if (publisher != null) {
      publisher.committed();
    }
  }

  /**
   * Waits for one article's extraction and merges it; marks it failed, with the reason, on error or
   * timeout, or when the merge fails (a database error): that article only, the caller goes on.
   */
  boolean finish(
      EventExtractor extractor,
      Article a,
      CompletableFuture<List<ExtractedEvent>> future,
      Map<Long, List<ExtractedEvent>> cache) {
    List<ExtractedEvent> events = await(a, future, cache);
    return events != null && mergeAlone(extractor, Map.entry(a, events), cache);
  }

  /**
   * One article's extracted events, or null when its extraction failed or timed out (the article is
   * then marked failed with the reason).
   */
  List<ExtractedEvent> await(
      Article a,
      CompletableFuture<List<ExtractedEvent>> future,
      Map<Long, List<ExtractedEvent>> cache) {
    List<ExtractedEvent> events;
    try {
      events = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String reason = cause instanceof TimeoutException ? cause.getMessage() : reason(cause);
      LOG.warnf("Extraction of article %d (%s) failed: %s", a.id, a.source, reason);
      fail(a.id, a.source, reason, cache);
      return null;
    }
    cache.put(a.id, events);
    return events;
  }

  /**
   * An article's stored form made on its extraction thread, or null when there is none (the merge
   * then makes it): its events were made, so this waits at most for the encoding under way.
   */
  static String storedForm(CompletableFuture<String> form) {
    try {
      return form == null ? null : form.join();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * Merges a batch in one transaction, or in several when an interactive writer (an upload, an
   * edit) asks for the merge lock meanwhile: the transaction then ends after the article under way
   * and the writer goes first ({@link ReextractionService#mergeGivingWay}); when a transaction
   * fails, each of its articles again alone, so that only the article at fault is marked failed.
   * Returns how many were merged. {@code stored}: the stored form of some articles' events, already
   * made on the extraction threads (by article id).
   */
  int mergeBatch(
      EventExtractor extractor,
      List<Map.Entry<Article, List<ExtractedEvent>>> batch,
      Map<Long, String> stored,
      Map<Long, List<ExtractedEvent>> cache) {
    if (batch.isEmpty()) {
      return 0;
    }
    int ok = 0;
    int from = 0;
    if (batch.size() > 1) {
      List<ReextractionService.Extracted> all =
          batch.stream()
              .map(
                  e ->
                      new ReextractionService.Extracted(
                          e.getKey().id, e.getValue(), stored.get(e.getKey().id)))
              .toList();
      try {
        while (from < all.size()) {
          int taken =
              extraction.mergeGivingWay(
                  extractor,
                  all.subList(from, all.size()),
                  cache,
                  deferred(),
                  atBatchStart,
                  insideBatch);
          committed();
          from += taken;
          ok += taken;
        }
        return ok;
      } catch (RuntimeException e) {
        // Rolled back as a whole: nothing of this transaction is stored; retried one by one below.
        LOG.warnf(
            "Merging a batch of %d articles failed (%s); merging them one by one",
            batch.size() - from, reason(e));
      }
    }
    for (var e : batch.subList(from, batch.size())) {
      if (mergeAlone(extractor, e, cache)) {
        ok++;
      }
    }
    return ok;
  }

  /** One article and its extracted events, in a transaction of its own. */
  private boolean mergeAlone(
      EventExtractor extractor,
      Map.Entry<Article, List<ExtractedEvent>> extracted,
      Map<Long, List<ExtractedEvent>> cache) {
    Article a = extracted.getKey();
    try {
      extraction.mergeArticle(extractor, a.id, extracted.getValue(), cache, deferred());
      committed();
    } catch (RuntimeException e) {
      // Rolled back: the article keeps what it had; retried when uploaded again or re-extracted.
      LOG.errorf(e, "Merging the events of article %d (%s) failed", a.id, a.source);
      fail(a.id, a.source, reason(e), cache);
      return false;
    }
    return true;
  }

  /**
   * Marks an article failed; a failed article offers no events to the others' merges. When even
   * that cannot be written (the database is gone), the article stays pending for the next run.
   */
  void fail(long id, String source, String reason, Map<Long, List<ExtractedEvent>> cache) {
    cache.put(id, List.of());
    try {
      extraction.markFailed(id, reason, deferred());
      committed();
    } catch (RuntimeException e) {
      LOG.errorf("Could not mark article %d (%s) failed: %s", id, source, reason(e));
    }
  }

  /** The reason shown to editors: the deepest cause, which names the constraint or the error. */
  static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getClass().getSimpleName() + ": " + root.getMessage();
    return message.length() > 1000 ? message.substring(0, 1000) + "…" : message;
  }
}
