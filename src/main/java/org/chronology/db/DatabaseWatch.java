package org.chronology.db;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chronology.common.DaemonThreads;
import org.chronology.config.ChronologyConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Watches the database: a direct connection (not from the pool, so a full pool or a hung query does
 * not look like an outage) every {@code chronology.database.watch-interval}. Readiness asks it for
 * a fresh answer; liveness only reads how long the database has been gone ({@link DatabaseOutage}).
 * When the embedded PostgreSQL has stopped, it is started again on its port; an external server is
 * simply waited for (the pool reconnects when it returns).
 */
@ApplicationScoped
public class DatabaseWatch {

  private static final Logger LOG = Logger.getLogger(DatabaseWatch.class);

  private final String url;
  private final String user;
  private final String password;
  private final String dataDir;
  private final Duration interval;
  private final DatabaseOutage outage;
  private ScheduledExecutorService timer;
  private volatile boolean paused;

  public DatabaseWatch(
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
      @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
      ChronologyConfig config) {
    this.url = url;
    this.user = user.orElse(null);
    this.password = password.orElse(null);
    this.dataDir = config.dataDir();
    this.interval = config.database().watchInterval();
    this.outage = new DatabaseOutage(config.database().livenessGrace(), Clock.systemUTC());
  }

  void start(@Observes StartupEvent e) {
    timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("database-watch"));
    long ms = Math.max(200, interval.toMillis());
    timer.scheduleWithFixedDelay(this::tick, ms, ms, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent e) {
    if (timer != null) {
      timer.shutdownNow();
    }
  }

  private void tick() {
    try {
      if (check() || paused) {
        return;
      }
      if (EmbeddedPostgresServer.url(dataDir).isPresent()
          && EmbeddedPostgresServer.restartIfStopped(dataDir)) {
        LOG.info("Embedded PostgreSQL answers again");
        check();
      }
    } catch (RuntimeException ex) {
      LOG.warnf("Database watch: %s", ex.toString());
    }
  }

  /** Asks the database now; records the answer. */
  public boolean check() {
    boolean ok = answers();
    if (ok) {
      outage.up();
    } else {
      outage.down();
    }
    return ok;
  }

  public DatabaseOutage outage() {
    return outage;
  }

  /** Stops restarting the embedded server (tests observe the outage), or resumes it. */
  public void pauseRestarts(boolean pause) {
    this.paused = pause;
  }

  private boolean answers() {
    return EmbeddedPostgresServer.answers(url, user, password);
  }
}
