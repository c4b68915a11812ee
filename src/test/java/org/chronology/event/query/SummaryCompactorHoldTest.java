package org.chronology.event.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Bulk work holds the summary's rounds back; every hold released, they are due again. */
class SummaryCompactorHoldTest {

  @Test
  void roundsAreDueWhenNothingHoldsThem() {
    assertTrue(new SummaryCompactor(null).due());
  }

  @Test
  void aHoldDefersRoundsUntilItIsClosed() {
    SummaryCompactor compactor = new SummaryCompactor(null);
    SummaryCompactor.Hold hold = compactor.hold();
    assertFalse(compactor.due());
    hold.close();
    assertTrue(compactor.due());
  }

  @Test
  void holdsAreCountedAndAHoldClosedTwiceReleasesOnce() {
    SummaryCompactor compactor = new SummaryCompactor(null);
    SummaryCompactor.Hold first = compactor.hold();
    SummaryCompactor.Hold second = compactor.hold();
    first.close();
    first.close();
    assertFalse(compactor.due());
    second.close();
    assertTrue(compactor.due());
  }

  @Test
  void aBoundedHoldLetsARoundRunPastTheLongestHoldAnUnboundedOneDoesNot() {
    SummaryCompactor compactor = new SummaryCompactor(null);
    long later = System.nanoTime() + TimeUnit.SECONDS.toNanos(SummaryCompactor.LONGEST_HOLD + 1);
    SummaryCompactor.Hold bulk = compactor.hold();
    assertFalse(compactor.due());
    assertTrue(compactor.due(later));
    SummaryCompactor.Hold command = compactor.holdAll();
    assertFalse(compactor.due(later));
    bulk.close();
    assertFalse(compactor.due(later));
    command.close();
    command.close();
    assertTrue(compactor.due());
  }

  @Test
  void releasingAnUnboundedHoldStartsNoRoundABoundedOneDoes() throws InterruptedException {
    SummaryCompactor compactor = new SummaryCompactor(null);
    compactor.start(null);
    try {
      compactor.holdAll().close();
      // The folder import exits next: a round started here was cut by its stop.
      Thread.sleep(500);
      assertEquals(0, compactor.roundsStarted());
      compactor.hold().close();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(SummaryCompactor.PERIOD - 1);
      while (compactor.roundsStarted() == 0 && System.nanoTime() < until) {
        Thread.sleep(20);
      }
      assertEquals(1, compactor.roundsStarted());
    } finally {
      compactor.stop(null);
    }
  }

  @Test
  void noRoundStartsOnceStopped() {
    SummaryCompactor compactor = new SummaryCompactor(null);
    compactor.start(null);
    compactor.stop(null);
    compactor.hold().close();
    assertEquals(0, compactor.roundsStarted());
  }
}
