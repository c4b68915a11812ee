package org.chronology.event.query;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Anonymous reads take a bounded number of places; signed-in editors never wait for them. */
class PublicReadLimitTest {

  @Test
  void anonymousReadsBeyondTheLimitAreRefusedAndEditorsPass() throws Exception {
    PublicReadInterceptor guard =
        new PublicReadInterceptor(Duration.ofSeconds(5), 2, Duration.ofMillis(1), null);
    assertTrue(guard.enter(true));
    assertTrue(guard.enter(true));
    assertFalse(guard.enter(true), "a third anonymous read at once is refused");
    assertTrue(guard.enter(false), "an editor is not limited");
    guard.exit(true);
    assertTrue(guard.enter(true), "a place freed is taken again");
  }
}
