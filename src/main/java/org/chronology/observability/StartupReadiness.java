package org.chronology.observability;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.chronology.article.ingest.CorpusLoader;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only once start-up is over, including the corpus ingest and extraction: this observer runs
 * after the application's own start-up observers (a later priority), and the ingest, when it runs
 * after the application answers ({@link CorpusLoader}), must be over too.
 */
@Readiness
@ApplicationScoped
public class StartupReadiness implements HealthCheck {

  @Inject CorpusLoader corpus;

  private volatile boolean done;

  void started(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 900) StartupEvent e) {
    done = true;
  }

  @Override
  public HealthCheckResponse call() {
    // "waiting" until the first answered request (or the grace period) begins the ingest.
    return HealthCheckResponse.named("startup-ingest")
        .status(done && corpus.finished())
        .withData("ingest", corpus.stage())
        .build();
  }
}
