package org.chronology.article;

import org.jboss.logging.Logger;

/** A progress line on the console every two seconds and at the end. */
final class BulkTicker {
  private static final Logger LOG = Logger.getLogger(ArticleService.class);

  private final String phase;
  private final long t0;

  /** Grows when the bulk run learns of more pending articles. */
  int total;

  private long last;

  BulkTicker(String phase, int total, long t0) {
    this.phase = phase;
    this.total = total;
    this.t0 = t0;
    this.last = System.nanoTime();
  }

  void tick(int done, int failed) {
    long now = System.nanoTime();
    if (now - last >= 2_000_000_000L) {
      last = now;
      log(done, failed, true);
    }
  }

  void last(int done, int failed) {
    if (total > 0) {
      log(done, failed, false);
    }
  }

  private void log(int done, int failed, boolean running) {
    LOG.info(
        new ArticleService.Progress(
            phase, running, total, done, failed, (System.nanoTime() - t0) / 1_000_000));
  }
}
