package org.chronology.article.ingest;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServerStart;
import io.quarkus.vertx.http.HttpsServerStart;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.chronology.actor.GazetteerService;
import org.chronology.article.ArticleService;
import org.chronology.config.ChronologyConfig;
import org.chronology.extraction.actor.GazetteerEntry;
import org.jboss.logging.Logger;

/**
 * At start-up: seed the gazetteer, ingest the corpus folder when asked, and complete every pending
 * extraction (new articles, an interrupted run, another extractor version) through {@link
 * ArticleService}.
 *
 * <p>All of it is, by default, done on a thread of their own after the application answers: with an
 * existing archive it is rarely any work, and it need not hold the first request. Readiness stays
 * down until it is over; uploads are stored at once but merged only once the gazetteer is seeded
 * (their extractor reads its actors); a file added or changed is ingested all the same, just not
 * before the first page.
 *
 * <p>That thread begins once the first request after start-up has been answered, or {@code
 * chronology.corpus.start-up-grace} after the HTTP server listens (or the application's {@code
 * main} runs, for a run without HTTP) when no request comes sooner; a folder import begins it at
 * once. Not at the start-up event nor when the server listens: seeding the gazetteer, parsing its
 * HQL, building the extractor and re-extracting stale articles are seconds of CPU that would
 * otherwise share the two cores with the first page. Until it begins, readiness is down and says
 * the ingest is still to come ({@link #stage}); nothing is written before it, so an application
 * stopped meanwhile leaves the work for the next start, as one stopped during it does.
 *
 * <p>When it begins, one INFO line says why (the first request answered, the grace period passed
 * with no request, or a folder import) and how long after the server listened (or the start-up, for
 * a folder import): the first thing to read when the first page was slow or readiness late.
 */
@ApplicationScoped
public class CorpusLoader {

  private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

  @Inject ChronologyConfig config;
  @Inject ArticleService articles;
  @Inject GazetteerService gazetteer;
  @Inject WarmUp warmUp;

  private final CountDownLatch finished = new CountDownLatch(1);

  /** The background start-up ingest, until {@link #begin} starts it. */
  private Thread waiting;

  /** Read without the lock by the request filter, to skip its work once the ingest has begun. */
  private volatile boolean begun;

  private boolean armed;

  /** When the application started ({@link #onStart}, or the loader's creation in a unit test). */
  private long startedAt = System.nanoTime();

  /** When the grace period was armed: the server listened, or {@code main} ran. */
  private long armedAt;

  /** What armed it, as the INFO line names it. */
  private String armedBy;

  /** Why the ingest began (the INFO line), kept until its thread starts. */
  private String reason;

  void onStart(@Observes StartupEvent event) {
    startedAt = System.nanoTime();
    Path folder = config.corpus().ingestOnStart() ? Path.of(config.corpus().path()) : null;
    if (!config.corpus().ingestInBackground()) {
      // Before answering, a failed seeding fails the start, as it always has.
      run(folder, seed());
      return;
    }
    // A daemon: stopping the application leaves what is not done pending for the next start.
    Thread t = new Thread(() -> run(folder, null), "start-up-ingest");
    t.setDaemon(true);
    startWhenBegun(t);
  }

  synchronized void startWhenBegun(Thread t) {
    if (begun) {
      started(reason);
      t.start();
    } else {
      waiting = t;
    }
  }

  // Quarkus fires these asynchronously once the server listens.
  void onHttp(@ObservesAsync HttpServerStart event) {
    beginWithin(config.corpus().startUpGrace(), "the HTTP server listened");
  }

  void onHttps(@ObservesAsync HttpsServerStart event) {
    beginWithin(config.corpus().startUpGrace(), "the HTTPS server listened");
  }

  /** The first answered request begins the ingest (Quarkus' own {@code /q/} endpoints aside). */
  void onRequests(@Observes Filters filters) {
    filters.register(
        rc -> {
          if (!begun && !rc.normalizedPath().startsWith("/q/")) {
            rc.addEndHandler(done -> begin(FIRST_ANSWER));
          }
          rc.next();
        },
        FIRST_ANSWER_FILTER);
  }

  static final int FIRST_ANSWER_FILTER = 10;

  /** The reasons the INFO line gives for the ingest's beginning. */
  static final String FIRST_ANSWER = "first request answered";

  static final String FOLDER_IMPORT = "folder import";

  /**
   * The application has started (the HTTP server listens, or {@code main} runs): the background
   * start-up ingest begins at the first answered request, or after the configured grace period.
   */
  public void beginSoon() {
    beginWithin(config.corpus().startUpGrace(), "main ran");
  }

  /**
   * Begins the ingest after {@code grace}, unless the first answer (or {@link #begin}) is sooner.
   */
  synchronized void beginWithin(Duration grace, String by) {
    if (begun || armed) {
      return;
    }
    armed = true;
    armedAt = System.nanoTime();
    armedBy = by;
    String passed = "grace of " + seconds(grace.toMillis()) + " s passed with no request";
    Thread timer =
        new Thread(
            () -> {
              try {
                Thread.sleep(grace.toMillis());
              } catch (InterruptedException e) {
                return;
              }
              begin(passed);
            },
            "start-up-grace");
    timer.setDaemon(true);
    timer.start();
  }

  /**
   * Starts the background start-up ingest now: at the first answered request, at the end of the
   * grace period, or from {@code main} for a folder import (a run without HTTP, whose merges wait
   * for the seeded gazetteer). Only the first call starts it.
   */
  public void begin() {
    begin(FOLDER_IMPORT);
  }

  synchronized void begin(String why) {
    if (begun) {
      return;
    }
    begun = true;
    reason = why;
    if (waiting != null) {
      started(why);
      waiting.start();
      waiting = null;
    }
  }

  /** The INFO line: why the ingest begins, and how long after the server listened. */
  private void started(String why) {
    long now = System.nanoTime();
    String after =
        armedBy != null
            ? seconds((now - armedAt) / 1_000_000) + " s after " + armedBy
            : seconds((now - startedAt) / 1_000_000) + " s after start-up";
    LOG.infof("Start-up ingest begins: %s, %s", why, after);
  }

  /** Milliseconds as seconds, without trailing zeros: 30 000 is "30", 650 is "0.65". */
  static String seconds(long ms) {
    return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString();
  }

  private List<GazetteerEntry> seed() {
    try {
      return gazetteer.seed();
    } finally {
      // Uploads' merges wait for the seeded gazetteer (their extractor reads it).
      articles.gazetteerSeeded();
    }
  }

  /** The start-up ingest; {@code newActors} null when the gazetteer is still to be seeded. */
  private void run(Path folder, List<GazetteerEntry> newActors) {
    try {
      List<GazetteerEntry> added = newActors == null ? seed() : newActors;
      articles.startUp(folder, added);
      // Built now rather than by the first upload (it reads the gazetteer's actors).
      articles.prepareExtractor();
    } catch (RuntimeException e) {
      // What is left stays pending and is completed at the next start-up.
      LOG.errorf(e, "Start-up ingest stopped: %s", e);
    } finally {
      try {
        // Before readiness: the pages a first visitor opens are read once, so that the first
        // reader a balancer sends does not wait for cold code, buffers and caches.
        if (newActors == null && config.corpus().warmUp()) {
          warmUp.firstPages();
        }
      } finally {
        finished.countDown();
      }
    }
    // After readiness: nothing waits for it, and the first upload finds warm code.
    if (newActors == null && config.corpus().warmUp()) {
      warmUp.run();
    }
  }

  /** Where the start-up ingest stands: {@code waiting}, {@code running} or {@code finished}. */
  public String stage() {
    return finished() ? "finished" : begun ? "running" : "waiting";
  }

  /** True once the start-up ingest and extraction are over. */
  public boolean finished() {
    return finished.getCount() == 0;
  }

  /** Waits at most {@code ms} milliseconds for the start-up ingest; true when it is over. */
  public boolean awaitFinished(long ms) throws InterruptedException {
    return finished.await(ms, TimeUnit.MILLISECONDS);
  }
}
