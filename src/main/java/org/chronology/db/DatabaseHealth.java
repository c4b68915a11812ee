package org.chronology.db;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The database's health without internals: the answers say up or down, never the host, port or
 * driver message (the built-in datasource check, which names them, is switched off).
 */
public final class DatabaseHealth {

  private DatabaseHealth() {}

  /** DOWN as soon as the database does not answer. */
  @Readiness
  @ApplicationScoped
  public static class Ready implements HealthCheck {
    private final DatabaseWatch watch;

    public Ready(DatabaseWatch watch) {
      this.watch = watch;
    }

    @Override
    public HealthCheckResponse call() {
      return HealthCheckResponse.named("database").status(watch.check()).build();
    }
  }

  /**
   * DOWN once the database has been gone longer than {@code chronology.database.liveness-grace}.
   */
  @Liveness
  @ApplicationScoped
  public static class Live implements HealthCheck {
    private final DatabaseWatch watch;

    public Live(DatabaseWatch watch) {
      this.watch = watch;
    }

    @Override
    public HealthCheckResponse call() {
      return HealthCheckResponse.named("database").status(!watch.outage().goneForGood()).build();
    }
  }
}
