package org.chronology.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link Hql#once}: concurrent first creations of one text run one at a time. */
class HqlTest {

  @Test
  void concurrentFirstCallsOfOneTextNeverOverlap() throws Exception {
    int threads = 8;
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return Hql.once(
                      "HqlTest " + System.identityHashCode(start),
                      () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        // Work long enough for the others to arrive (without the guard they
                        // would run here together): a parse takes seconds when cold.
                        for (int k = 0; k < 2_000_000; k++) {
                          Thread.onSpinWait();
                        }
                        calls.incrementAndGet();
                        inside.decrementAndGet();
                        return "q";
                      });
                }));
      }
      for (Future<String> a : answers) {
        assertEquals("q", a.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(threads, calls.get(), "every caller gets its own query");
    assertEquals(1, most.get(), "first creations of one text overlapped");
  }
}
