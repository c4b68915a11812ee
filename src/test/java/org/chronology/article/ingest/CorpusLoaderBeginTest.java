package org.chronology.article.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * When the background start-up ingest's thread starts: at the end of the grace period when no
 * request is answered, at once when one is (or a folder import begins it), and only once.
 */
class CorpusLoaderBeginTest {

  private final AtomicInteger runs = new AtomicInteger();
  private final AtomicLong startedAt = new AtomicLong();
  private final CountDownLatch ran = new CountDownLatch(1);

  private Thread ingest() {
    Thread t =
        new Thread(
            () -> {
              startedAt.set(System.nanoTime());
              runs.incrementAndGet();
              ran.countDown();
            },
            "start-up-ingest");
    t.setDaemon(true);
    return t;
  }

  @Test
  void withNoRequestItStartsAfterTheGracePeriod() throws Exception {
    CorpusLoader loader = new CorpusLoader();
    loader.startWhenBegun(ingest());
    long t0 = System.nanoTime();
    loader.beginWithin(Duration.ofMillis(600));
    assertEquals("waiting", loader.stage());
    assertTrue(ran.await(30, TimeUnit.SECONDS), "started after the grace period");
    long ms = (startedAt.get() - t0) / 1_000_000;
    assertTrue(ms >= 600, "not before the grace period's end: " + ms + " ms");
    assertEquals("running", loader.stage());
    // The server's second listener (HTTPS) or main arming it again starts nothing more.
    loader.beginWithin(Duration.ZERO);
    loader.begin();
    Thread.sleep(100);
    assertEquals(1, runs.get());
  }

  @Test
  void theFirstAnswerStartsItAtOnceAndOnlyOnce() throws Exception {
    CorpusLoader loader = new CorpusLoader();
    loader.beginWithin(Duration.ofHours(1));
    loader.startWhenBegun(ingest());
    Thread.sleep(200);
    assertEquals(0, runs.get(), "nothing before the first answer");
    loader.begin();
    assertTrue(ran.await(30, TimeUnit.SECONDS), "started by the first answer");
    loader.begin();
    Thread.sleep(100);
    assertEquals(1, runs.get());
  }
}
