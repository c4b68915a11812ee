package org.chronology.observability;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers within {@value #TIMEOUT_SECONDS} s. Replaces the built-in
 * datasource check, whose failure message names the server's host and port; this one says only up
 * or down.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final int TIMEOUT_SECONDS = 3;

  private final DataSource db;

  public DatabaseReadiness(DataSource db) {
    this.db = db;
  }

  @Override
  public HealthCheckResponse call() {
    boolean up;
    try (Connection c = db.getConnection()) {
      up = c.isValid(TIMEOUT_SECONDS);
    } catch (SQLException | RuntimeException e) {
      up = false;
    }
    return HealthCheckResponse.named("database").status(up).build();
  }
}
