package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * A bulk run's ids are kept once, as longs: at 1M events the ~333,000 pending ids, kept three times
 * as boxed {@code Long}s (a list, a tried hash set, a queue), were ~25 MB of the old generation for
 * the whole re-extraction.
 */
class PendingRunTest {

  @Test
  void takesTheIdsInTheOrderGivenAndNeverTwiceInOneRun() {
    PendingRun run = new PendingRun();
    assertEquals(3, run.startRound(new long[] {30, 10, 20}));
    assertEquals(30, run.next());
    assertEquals(10, run.next());
    assertTrue(run.hasNext());
    assertEquals(20, run.next());
    assertFalse(run.hasNext());
    // Still pending after the round: 10 (could not be marked) and 5, 40 (marked pending meanwhile).
    long[] again = {40, 10, 5};
    assertArrayEquals(new long[] {10}, run.stuck(again));
    assertEquals(2, run.startRound(again));
    assertEquals(40, run.next());
    assertEquals(5, run.next());
    assertFalse(run.hasNext());
    assertTrue(run.tried(5) && run.tried(10) && run.tried(20) && run.tried(30) && run.tried(40));
    assertFalse(run.tried(15));
    assertEquals(0, run.startRound(new long[] {5, 10}));
    assertFalse(run.hasNext());
  }

  @Test
  void aRunOfTheMillionEventsArchiveCostsBytesNotTensOfMegabytes() {
    long[] pending = LongStream.range(0, 333_191).map(i -> (i * 7919) % 1_000_003).toArray();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    PendingRun run = new PendingRun();
    run.startRound(pending);
    long sum = 0;
    while (run.hasNext()) {
      long next = run.next();
      if (run.tried(next)) {
        sum += next;
      }
    }
    long allocated = threads.getThreadAllocatedBytes(id) - before;
    assertEquals(LongStream.of(pending).sum(), sum);
    // The round and the tried set (8 bytes an id each), and sorting's scratch: a boxed Long alone
    // is 16 bytes, a hash set's node 32 more.
    assertTrue(
        allocated <= 32L * pending.length,
        allocated / pending.length + " bytes an id allocated for the run's ids");
  }
}
