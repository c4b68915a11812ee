package org.chronology.article.ingest;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.chronology.actor.GazetteerService;
import org.chronology.article.ArticleService;
import org.chronology.config.ChronologyConfig;
import org.jboss.logging.Logger;

/**
 * At start-up: seed the gazetteer, ingest the corpus folder when asked, and complete every pending
 * extraction (new articles, an interrupted run, another extractor version) through {@link
 * ArticleService}.
 *
 * <p>The seeding runs before the application answers (an upload's extractor reads the gazetteer's
 * actors). The folder and the pending articles are, by default, done on a thread of their own after
 * it answers: with an existing archive they are rarely any work, and they need not hold the first
 * request. Readiness stays down until they are over; a file added or changed is ingested all the
 * same, just not before the first page.
 */
@ApplicationScoped
public class CorpusLoader {

  private static final Logger LOG = Logger.getLogger(CorpusLoader.class);

  @Inject ChronologyConfig config;
  @Inject ArticleService articles;
  @Inject GazetteerService gazetteer;

  private final CountDownLatch finished = new CountDownLatch(1);

  void onStart(@Observes StartupEvent event) {
    int newActors = gazetteer.seed();
    Path folder = config.corpus().ingestOnStart() ? Path.of(config.corpus().path()) : null;
    if (!config.corpus().ingestInBackground()) {
      run(folder, newActors > 0);
      return;
    }
    // A daemon: stopping the application leaves what is not done pending for the next start.
    Thread t = new Thread(() -> run(folder, newActors > 0), "start-up-ingest");
    t.setDaemon(true);
    t.start();
  }

  private void run(Path folder, boolean gazetteerChanged) {
    try {
      articles.startUp(folder, gazetteerChanged);
    } catch (RuntimeException e) {
      // What is left stays pending and is completed at the next start-up.
      LOG.errorf(e, "Start-up ingest stopped: %s", e);
    } finally {
      finished.countDown();
    }
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
