package org.chronology.event.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A background run's commits are published once per interval at most, within the interval of the
 * first unpublished one, and at the end; an end with nothing unpublished bumps nothing.
 */
class DataVersionPublisherTest {

  @Test
  void commitsArePublishedOncePerIntervalAndAtTheEnd() throws Exception {
    AtomicInteger bumps = new AtomicInteger();
    try (DataVersionPublisher p =
        new DataVersionPublisher(Duration.ofSeconds(1), bumps::incrementAndGet)) {
      p.committed();
      p.committed();
      p.committed();
      assertEquals(0, bumps.get(), "not at each commit");
      // The bound only keeps a broken run from hanging; the interval is what is tested.
      for (int i = 0; i < 100 && bumps.get() == 0; i++) {
        Thread.sleep(100);
      }
      assertEquals(1, bumps.get(), "once, after the interval");
      Thread.sleep(300);
      assertEquals(1, bumps.get(), "once for the three commits");
      p.committed();
      assertEquals(1, bumps.get());
    }
    assertEquals(2, bumps.get(), "the end publishes what is left");
  }

  @Test
  void anEndWithNothingUnpublishedBumpsNothing() throws Exception {
    AtomicInteger bumps = new AtomicInteger();
    try (DataVersionPublisher p =
        new DataVersionPublisher(Duration.ofHours(1), bumps::incrementAndGet)) {
      assertEquals(0, p.published());
    }
    assertEquals(0, bumps.get());
  }

  @Test
  void aLongIntervalWaitsForTheEnd() throws Exception {
    AtomicInteger bumps = new AtomicInteger();
    try (DataVersionPublisher p =
        new DataVersionPublisher(Duration.ofHours(1), bumps::incrementAndGet)) {
      p.committed();
      Thread.sleep(200);
      assertEquals(0, bumps.get(), "not before the interval");
    }
    assertEquals(1, bumps.get(), "at the end");
  }
}
