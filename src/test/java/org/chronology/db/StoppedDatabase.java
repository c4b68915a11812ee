package org.chronology.db;

import static io.restassured.RestAssured.given;

import io.quarkus.arc.Arc;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.chronology.config.ChronologyConfig;

/**
 * The embedded PostgreSQL stopped (fast shutdown, as an operator's {@code pg_ctl stop -m fast} or a
 * crash would) with the watch's restarts paused, for a test outside this package to see the
 * application without its database; closing it starts the server again on its port, as the watch
 * would at its next check (up to {@code chronology.database.watch-interval} later; {@code
 * DatabaseOutageTest} shows the watch doing it by itself), and waits until readiness is UP.
 */
public final class StoppedDatabase implements AutoCloseable {

  private final DatabaseWatch watch;
  private final String dataDir;

  private StoppedDatabase(DatabaseWatch watch, String dataDir) {
    this.watch = watch;
    this.dataDir = dataDir;
  }

  /** Stops the server and returns once its process has exited. */
  public static StoppedDatabase stop() throws Exception {
    given().get("/q/health/ready").then().statusCode(200);
    DatabaseWatch watch = Arc.container().instance(DatabaseWatch.class).get();
    String dataDir = Arc.container().instance(ChronologyConfig.class).get().dataDir();
    Path pgData = EmbeddedPostgresServer.pgData(dataDir);
    ProcessHandle server = EmbeddedPostgresServer.postmaster(pgData).orElseThrow();
    watch.pauseRestarts(true);
    StoppedDatabase stopped = new StoppedDatabase(watch, dataDir);
    try {
      if (new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).start().waitFor() != 0) {
        throw new IllegalStateException("could not stop PostgreSQL (pid " + server.pid() + ")");
      }
      server.onExit().get(60, TimeUnit.SECONDS);
      return stopped;
    } catch (Exception | Error e) {
      stopped.close();
      throw e;
    }
  }

  /**
   * Starts the server again and lets the watch restart it from now on; returns when readiness is UP
   * (at most two minutes).
   */
  @Override
  public void close() throws InterruptedException {
    watch.pauseRestarts(false);
    EmbeddedPostgresServer.restartIfStopped(dataDir);
    for (int i = 0; i < 2400; i++) {
      if (given().get("/q/health/ready").statusCode() == 200) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("the database did not come back within two minutes");
  }
}
