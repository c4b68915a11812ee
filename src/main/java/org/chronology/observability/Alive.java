package org.chronology.observability;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Live while the process serves requests. The database is deliberately not part of liveness: a
 * database outage makes the application unready, not worth restarting.
 */
@Liveness
@ApplicationScoped
public class Alive implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.up("application");
  }
}
