package org.chronology.db;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Since when the database has not answered. Readiness is DOWN during any outage; liveness only once
 * it has lasted longer than the grace period (gone for good: restarting the application is the
 * remedy left), so a short restart of the database never gets the application killed.
 */
public final class DatabaseOutage {

  private final Duration grace;
  private final Clock clock;
  private volatile Instant since;

  public DatabaseOutage(Duration grace, Clock clock) {
    this.grace = grace;
    this.clock = clock;
  }

  public synchronized void down() {
    if (since == null) {
      since = clock.instant();
    }
  }

  public synchronized void up() {
    since = null;
  }

  public boolean isDown() {
    return since != null;
  }

  /** Down for longer than the grace period. */
  public boolean goneForGood() {
    Instant s = since;
    return s != null && Duration.between(s, clock.instant()).compareTo(grace) > 0;
  }
}
