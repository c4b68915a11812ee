package org.chronology.article;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.chronology.article.edit.ArticleEditService;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.IngestOutcome;
import org.chronology.article.ingest.Sidecar;
import org.chronology.common.DaemonThreads;
import org.chronology.config.ChronologyConfig;
import org.chronology.event.query.SummaryCompactor;
import org.chronology.event.service.DataVersionPublisher;
import org.chronology.event.service.ExtractionRunner;
import org.chronology.event.service.ReextractionService;
import org.chronology.extraction.EventExtractor;
import org.chronology.extraction.actor.GazetteerEntry;
import org.chronology.time.DetectedDate;
import org.chronology.time.PublicationDateDetector;
import org.jboss.logging.Logger;

/**
 * The one way of an article through Chronology: added (corpus folder, upload, API), described,
 * extracted alone and merged into the stored events (incremental), edited, extracted again. Every
 * entry point calls this class; nothing else wires "ingest then extract".
 *
 * <p>An article is committed first (state {@code pending}), then extracted on a bounded, time-boxed
 * pool and merged in its own transaction (state {@code done} with the extractor version, or {@code
 * failed} with the reason). Pending articles are completed at start-up, so an article committed
 * just before a crash gets its events. Bulk work (start-up, folder import, full re-extraction) runs
 * under a PostgreSQL advisory lock, so several instances on one database do it once; uploads never
 * take that lock and never wait for each other beyond one article's merge.
 *
 * <p>Why one class of this size: it is the single place where an article's states change, so the
 * order of commit, extraction, merge and marking stays readable in one file; ingest, editing and
 * extraction themselves live in their own services, and a bulk run's loop over the pending articles
 * in {@link PendingExtraction}.
 */
@ApplicationScoped
public class ArticleService {

  private static final Logger LOG = Logger.getLogger(ArticleService.class);

  /** Session-level advisory lock of bulk work: start-up ingest, folder import, re-extraction. */
  static final long BULK_LOCK = 0x4348524f4e4f4c02L;

  @Inject ArticleIngestService ingest;
  @Inject ArticleEditService edits;
  @Inject ReextractionService extraction;
  @Inject AgroalDataSource dataSource;
  @Inject SummaryCompactor compactor;
  @Inject ChronologyConfig config;
  @Inject FreshHeaderDates fresh;
  private int threads;
  private ArticleMerges merges;
  private ExtractionRunner interactive;
  private ExtractionRunner bulk;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(DaemonThreads.named("reextraction"));

  /**
   * Uploads' extraction and merge after the answer: one at a time in upload order, at most {@link
   * #UPLOAD_QUEUE} waiting; beyond that an upload waits for its own merge (back-pressure).
   */
  private final ThreadPoolExecutor afterUpload =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new ArrayBlockingQueue<>(UPLOAD_QUEUE),
          DaemonThreads.named("upload-merge"),
          new ThreadPoolExecutor.CallerRunsPolicy());

  static final int UPLOAD_QUEUE = 256;

  private static final int SEED_WAIT_MINUTES = 5;

  private final CountDownLatch seeded = new CountDownLatch(1);

  private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.IDLE);

  @PostConstruct
  void start() {
    int configured = config.extraction().threads();
    this.threads = configured > 0 ? configured : Runtime.getRuntime().availableProcessors();
    Duration timeout = config.extraction().timeout();
    // Uploads and edits have their own pool, so a bulk run never queues them.
    this.interactive = new ExtractionRunner(threads, timeout);
    this.bulk = new ExtractionRunner(threads, timeout);
    this.merges = new ArticleMerges(extraction);
  }

  @PreDestroy
  void stop() {
    background.shutdownNow();
    // Uploads not merged yet stay pending in the database; the next start-up completes them.
    afterUpload.shutdownNow();
    interactive.close();
    bulk.close();
  }

  /** Where a bulk run stands: shown to administrators and logged. */
  public record Progress(
      String phase, boolean running, int total, int done, int failed, long elapsedMs) {

    static final Progress IDLE = new Progress("idle", false, 0, 0, 0, 0);

    /** Articles per second so far. */
    public double perSecond() {
      return elapsedMs == 0 ? 0 : done * 1000.0 / elapsedMs;
    }

    @Override
    public String toString() {
      return String.format(
          "%s: %d/%d articles (%d%%), %d failed, %.1f articles/s%s",
          phase,
          done,
          total,
          total == 0 ? 100 : done * 100 / total,
          failed,
          perSecond(),
          running ? "" : ", finished");
    }
  }

  /** What a folder import or a completion did. */
  public record BulkReport(List<IngestOutcome> outcomes, int extracted, int failed) {

    public long count(IngestOutcome.Result r) {
      return outcomes.stream().filter(o -> o.result() == r).count();
    }
  }

  // ---------------------------------------------------------------- adding and editing

  /**
   * Adds one article (upload, API): stores it (once per content) and extracts it alone. A duplicate
   * whose extraction never completed (a crash, a failure) is extracted now.
   */
  public IngestOutcome add(String source, byte[] bytes, Sidecar sidecar) {
    IngestOutcome o = ingest.ingest(source, bytes, sidecar);
    if (o.articleId() != null
        && (o.result() == IngestOutcome.Result.NEW || !extracted(o.articleId()))) {
      extract(o.articleId());
    }
    return o;
  }

  /**
   * An editor's upload: stored (committed) before this returns, so its text is never lost; with
   * {@code chronology.extraction.uploads-in-background} its extraction and merge follow right after
   * on the upload thread, and the article shows as pending until it is done (or failed, with the
   * reason). A crash in between leaves it pending, and start-up completes it.
   */
  public IngestOutcome upload(String source, byte[] bytes, Sidecar sidecar) {
    if (!config.extraction().uploadsInBackground()) {
      return add(source, bytes, sidecar);
    }
    IngestOutcome o = ingest.ingest(source, bytes, sidecar);
    if (o.articleId() != null
        && (o.result() == IngestOutcome.Result.NEW || !extracted(o.articleId()))) {
      long id = o.articleId();
      afterUpload.execute(() -> extractAfterUpload(id));
    }
    return o;
  }

  /** Start-up has seeded the gazetteer (or given up): uploads may be merged. */
  public void gazetteerSeeded() {
    seeded.countDown();
  }

  /** Builds the extractor ahead of the first upload (it reads the gazetteer's actors). */
  public void prepareExtractor() {
    extraction.extractor();
  }

  private void extractAfterUpload(long id) {
    try {
      if (!seeded.await(SEED_WAIT_MINUTES, TimeUnit.MINUTES)) {
        LOG.warnf(
            "Gazetteer not seeded after %d minutes; merging upload %d", SEED_WAIT_MINUTES, id);
      }
      extract(id);
    } catch (InterruptedException e) {
      // Stopping: the article stays pending and start-up completes it.
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // extract() marks the article failed itself; this is only what even that could not record.
      LOG.errorf(e, "Extraction of uploaded article %d stopped; it stays pending", id);
    }
  }

  /** Sets an article's publication date, outlet, title; a new date re-extracts the article. */
  public ArticleEditService.Outcome editMetadata(ArticleEditService.MetadataEdit edit) {
    ArticleEditService.Outcome o = edits.update(edit);
    if (o.dateChanged()) {
      extract(edit.id());
    }
    return o;
  }

  /**
   * Extracts one article now and merges its events (incremental); true when it succeeded, false
   * when it failed or timed out (the article is then marked failed with the reason).
   */
  public boolean extract(long id) {
    return extract(id, extraction.extractor(), interactive);
  }

  /** One article with a given extractor and pool (tests stand in a slow extractor). */
  boolean extract(long id, EventExtractor extractor, ExtractionRunner runner) {
    Article a = ArticleLoads.load(id, fresh);
    if (a == null) {
      return false;
    }
    return merges.finish(
        extractor, a, runner.submit(extractor, ReextractionService.text(a)), new HashMap<>());
  }

  /** Ingests a folder on all cores, then extracts what is pending; under the bulk lock. */
  public BulkReport addFolder(Path folder) {
    return underBulkLock(
        () -> {
          List<IngestOutcome> outcomes = new FolderIngest(ingest, threads).store(folder);
          BulkReport done = completePendingLocked("extraction", false, null);
          return new BulkReport(outcomes, done.extracted(), done.failed());
        });
  }

  /**
   * Start-up: marks articles of another extractor version (and those that may name an actor the
   * gazetteer gained) pending, ingests the corpus folder when asked, and completes every pending
   * article.
   */
  public BulkReport startUp(Path folder, List<GazetteerEntry> gazetteerAdded) {
    return underBulkLock(
        () -> {
          long t0 = System.nanoTime();
          // Built on a thread of its own while the folder is read and stored, not after it: one
          // core's work (the gazetteer read, the first HQL parse of the JVM, the lexicons) that
          // left the other core idle before any article could be extracted. The start-up builds
          // it anyway (prepareExtractor, for the first upload), so nothing is built in vain.
          CompletableFuture<?> ahead = folder == null ? null : buildExtractorAhead();
          StaleArticles.mark(extraction.extractorVersion(), gazetteerAdded);
          List<IngestOutcome> outcomes;
          try {
            outcomes = folder == null ? List.of() : new FolderIngest(ingest, threads).store(folder);
          } finally {
            awaitAhead(ahead);
          }
          BulkReport done = completePendingLocked("start-up extraction", true, null);
          long ms = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
          if (done.extracted() + done.failed() > 0) {
            LOG.infof(
                "Start-up: %d files read, %d articles extracted (%d failed) in %d ms, %.1f articles/s"
                    + " end to end",
                outcomes.size(),
                done.extracted(),
                done.failed(),
                ms,
                (done.extracted() + done.failed()) * 1000.0 / ms);
          }
          return new BulkReport(outcomes, done.extracted(), done.failed());
        });
  }

  /**
   * How the start-up builds the extractor ahead of the folder's ingest; tests stand in one that
   * shows when it runs.
   */
  private volatile Supplier<EventExtractor> extractorAhead;

  /**
   * {@link #extractorAhead}'s stand-in, or null for the real build (a method: beans are proxied).
   */
  void extractorAhead(Supplier<EventExtractor> build) {
    this.extractorAhead = build;
  }

  private CompletableFuture<?> buildExtractorAhead() {
    Supplier<EventExtractor> build = extractorAhead;
    Supplier<EventExtractor> task = build != null ? build : extraction::extractor;
    return CompletableFuture.supplyAsync(
        task,
        r -> {
          Thread t = new Thread(r, "extractor-ahead");
          t.setDaemon(true);
          t.start();
        });
  }

  /**
   * Waits for the extractor built ahead; a failure there is only logged: the extraction that
   * follows builds it again and reports it as it always did.
   */
  private static void awaitAhead(CompletableFuture<?> ahead) {
    if (ahead == null) {
      return;
    }
    try {
      ahead.join();
    } catch (RuntimeException e) {
      LOG.warnf("Building the extractor ahead of the folder's ingest failed: %s", e);
    }
  }

  /** Extracts every pending article (resuming an interrupted run); under the bulk lock. */
  public BulkReport completePending() {
    return underBulkLock(() -> completePendingLocked("extraction", false, null));
  }

  /**
   * {@link #completePending()} as a background run does it (start-up's, an administrator's): its
   * work reaches the pages at most every {@code chronology.reextract.publish-interval} and at its
   * end. {@code afterBatch}: run after each batch's commit (tests look at the pages mid-run).
   */
  BulkReport completePendingInBackground(Runnable afterBatch) {
    return completePendingInBackground(afterBatch, null);
  }

  /**
   * {@link #completePendingInBackground(Runnable)}; {@code insideBatch}: run inside each batch's
   * transaction after each article, holding the merge lock (tests hold a batch there).
   */
  BulkReport completePendingInBackground(Runnable afterBatch, Runnable insideBatch) {
    return completePendingInBackground(afterBatch, null, insideBatch);
  }

  /**
   * {@link #completePendingInBackground(Runnable, Runnable)}; {@code atBatchStart}: run inside each
   * batch's transaction once it holds the merge lock, before it reads (tests hold a batch there).
   */
  BulkReport completePendingInBackground(
      Runnable afterBatch, Runnable atBatchStart, Runnable insideBatch) {
    return underBulkLock(
        () -> completePendingLocked("re-extraction", true, afterBatch, atBatchStart, insideBatch));
  }

  /**
   * Full re-extraction (the extractor or the gazetteer changed): every article is marked pending
   * and a background thread works through them, one transaction per article, resumable after a
   * crash (start-up completes what is pending). False when one is already running here.
   */
  public synchronized boolean startFullReextraction() {
    if (progress.get().running()) {
      return false;
    }
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                Article.getEntityManager()
                    .createNativeQuery("update article set extraction_state = 'pending'")
                    .executeUpdate());
    progress.set(new Progress("re-extraction", true, 0, 0, 0, 0));
    background.execute(
        () -> {
          try {
            underBulkLock(() -> completePendingLocked("re-extraction", true, null));
          } catch (RuntimeException e) {
            LOG.errorf(e, "Re-extraction stopped: %s (pending articles resume at start-up)", e);
            Progress p = progress.get();
            progress.set(
                new Progress(p.phase(), false, p.total(), p.done(), p.failed(), p.elapsedMs()));
          }
        });
    return true;
  }

  /** The last or current bulk run. */
  public Progress progress() {
    return progress.get();
  }

  // ---------------------------------------------------------------- bulk work

  /**
   * Extracts the pending articles on the bulk pool (a bounded window in flight) and merges them one
   * by one in order, one transaction each. Loops until none is left, so articles marked pending
   * meanwhile (another re-extraction request) are done too. One article's failure (its extraction,
   * or a database error in its merge) marks that article failed and the run goes on; an article
   * tried once in this run is never tried again by it, so a run always ends, even when an article
   * cannot even be marked (it stays pending for the next run).
   *
   * <p>{@code background}: a background run (start-up's, an administrator's re-extraction, hours at
   * a million articles): its commits do not bump the data version, which would make every kept page
   * a miss after each batch; a {@link DataVersionPublisher} bumps it at most every {@code
   * chronology.reextract.publish-interval} and at the end. A folder import bumps it at every batch.
   */
  private BulkReport completePendingLocked(String phase, boolean background, Runnable afterBatch) {
    return completePendingLocked(phase, background, afterBatch, null);
  }

  private BulkReport completePendingLocked(
      String phase, boolean background, Runnable afterBatch, Runnable insideBatch) {
    return completePendingLocked(phase, background, afterBatch, null, insideBatch);
  }

  private BulkReport completePendingLocked(
      String phase,
      boolean background,
      Runnable afterBatch,
      Runnable atBatchStart,
      Runnable insideBatch) {
    if (!background) {
      return completePendingLocked(phase, merges, false, afterBatch);
    }
    try (DataVersionPublisher publisher =
        new DataVersionPublisher(config.reextract().publishInterval())) {
      return completePendingLocked(
          phase,
          new ArticleMerges(extraction, publisher, atBatchStart, insideBatch),
          true,
          afterBatch);
    }
  }

  private BulkReport completePendingLocked(
      String phase, ArticleMerges merges, boolean deferred, Runnable afterBatch) {
    return new PendingExtraction(extraction, bulk, threads, progress, fresh)
        .run(phase, merges, deferred, afterBatch);
  }

  /** Applies the publication date read from the header, unless a sidecar or an editor set one. */
  public static void applyHeaderDate(Article a) {
    if (a.publishedOnSource != null && !"header".equals(a.publishedOnSource)) {
      return;
    }
    // Asked here, not kept in a static field: the bean's client proxy (a subclass) initialises
    // this class when CorpusLoader is created by a start-up observer, on the main thread before
    // the server listens, and the detector reads the time lexicon (docs/benchmarks.md, "Start-up
    // with the 1M database: what the main thread still runs").
    DetectedDate d = PublicationDateDetector.standard().detect(a.text).orElse(null);
    if (d == null) {
      if (a.publishedOn != null || a.publishedOnSource != null) {
        a.publishedOn = null;
        a.publishedOnSource = null;
        a.publishedPhrase = null;
      }
    } else if (!Objects.equals(d.date(), a.publishedOn)
        || !Objects.equals(d.text(), a.publishedPhrase)
        || !"header".equals(a.publishedOnSource)) {
      a.publishedOn = d.date();
      a.publishedOnSource = "header";
      a.publishedPhrase = d.text();
    }
  }

  private boolean extracted(long id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Article a = Article.findById(id);
              return a != null
                  && "done".equals(a.extractionState)
                  && Objects.equals(a.extractionVersion, extraction.extractorVersion());
            });
  }

  /**
   * Runs bulk work holding a session-level advisory lock on a connection of its own: a second
   * instance waits, then finds the work done (contents are stored once, states are done).
   */
  private <T> T underBulkLock(Supplier<T> work) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement s = c.prepareStatement("select pg_advisory_lock(?)")) {
        s.setLong(1, BULK_LOCK);
        s.execute();
      }
      // The summary's compaction folds once after the bulk run instead of every few seconds.
      try (SummaryCompactor.Hold hold = compactor.hold()) {
        return work.get();
      } finally {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(?)")) {
          s.setLong(1, BULK_LOCK);
          s.execute();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("bulk lock: " + e.getMessage(), e);
    }
  }
}
