package org.chronology.observability;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once start-up is over, including the corpus ingest and extraction: this observer runs
 * after the application's own start-up observers (a later priority), which run synchronously.
 */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

  private volatile boolean done;

  void started(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 900) StartupEvent e) {
    done = true;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("startup-ingest").status(done).build();
  }
}
