package org.chronology.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One embedded PostgreSQL per data directory and JVM, kept across application restarts in the same
 * JVM (dev-mode reloads, test profiles) and stopped by a shutdown hook when the JVM exits.
 *
 * <p>The running server is remembered by its JDBC URL (and its handle) in the system properties
 * rather than a static field, because dev mode and the test framework load application classes
 * afresh on each restart.
 *
 * <p>Two failures are repaired here. A JVM killed with {@code kill -9} runs no shutdown hook and
 * leaves its server running with nobody to stop it; the next start finds its {@code
 * postmaster.pid}, checks that the process is a postgres on this data directory that no running JVM
 * holds ({@code epg-lock}), stops it and starts afresh. A server that stops while the application
 * runs is started again on the same port by {@link #restartIfStopped}.
 *
 * <p>The packaged application starts the server from its {@code main} ({@link #startInBackground}),
 * on a thread of its own, while the JVM loads and initialises the rest of the application; {@link
 * #ensureStarted} then only waits for it.
 */
public final class EmbeddedPostgresServer {

  static final String USER = "postgres";
  private static final Logger LOG = Logger.getLogger(EmbeddedPostgresServer.class.getName());
  private static final Pattern PORT = Pattern.compile("//[^:/]+:(?<port>\\d+)/");
  private static final Duration STOP_WAIT = Duration.ofSeconds(30);
  private static final int MAX_CONNECTIONS = 50;

  /** A start begun by {@link #startInBackground}, not yet taken by {@link #ensureStarted}. */
  private record Early(Path pgData, CompletableFuture<String> url) {}

  private static volatile Early early;

  /** Set when a stop hook begins: the JVM is exiting and nothing may start a server any more. */
  private static volatile boolean exiting;

  private EmbeddedPostgresServer() {}

  /**
   * Starts the server for {@code dataDir} on a daemon thread and returns at once; the next {@link
   * #ensureStarted} for the same directory waits for that start instead of beginning its own.
   */
  public static void startInBackground(String dataDir) {
    Path pgData = pgData(dataDir);
    CompletableFuture<String> url = new CompletableFuture<>();
    early = new Early(pgData, url);
    Thread t =
        new Thread(
            () -> {
              try {
                url.complete(startOrReuse(pgData));
              } catch (RuntimeException | Error e) {
                url.completeExceptionally(e);
              }
            },
            "embedded-postgres-start");
    t.setDaemon(true);
    t.start();
  }

  /**
   * Whether a start begun by {@link #startInBackground} has not been taken yet; {@code
   * discardBackgroundStart} hands it over when the application turns out to use another database.
   */
  static boolean backgroundStartPending() {
    return early != null;
  }

  /**
   * The application uses another database than the one started in the background (a URL or data
   * directory set where {@code main} did not look): that server is left to the shutdown hook that
   * stops it with the JVM.
   */
  static void discardBackgroundStart() {
    Early e = early;
    early = null;
    if (e != null) {
      LOG.info(() -> "Embedded PostgreSQL started early in " + e.pgData() + " is not used");
    }
  }

  private static String key(Path pgData) {
    return "org.chronology.embedded-postgres.url:" + pgData;
  }

  static Path pgData(String dataDir) {
    return Path.of(dataDir, "postgres").toAbsolutePath().normalize();
  }

  /**
   * Starts the server for {@code dataDir} unless this JVM already runs it; returns its JDBC URL.
   */
  public static String ensureStarted(String dataDir) {
    Path pgData = pgData(dataDir);
    Early e = early;
    if (e != null && e.pgData().equals(pgData)) {
      early = null;
      try {
        return e.url().join();
      } catch (CompletionException failed) {
        // Started again below, where the failure is reported with its cause.
        LOG.warning(() -> "Early start of the embedded PostgreSQL failed: " + failed.getCause());
      }
    } else if (e != null) {
      discardBackgroundStart();
    }
    return startOrReuse(pgData);
  }

  private static synchronized String startOrReuse(Path pgData) {
    String running = System.getProperty(key(pgData));
    if (running != null && answers(running)) {
      return running;
    }
    return start(pgData, 0);
  }

  /** The JDBC URL of the embedded server this JVM runs for {@code dataDir}, if any. */
  public static Optional<String> url(String dataDir) {
    return Optional.ofNullable(System.getProperty(key(pgData(dataDir))));
  }

  /**
   * When this JVM runs the embedded server for {@code dataDir} and it no longer answers (stopped,
   * killed), starts it again on the same port, so the datasource's URL stays right. True when the
   * server answers afterwards.
   */
  public static synchronized boolean restartIfStopped(String dataDir) {
    Path pgData = pgData(dataDir);
    String url = System.getProperty(key(pgData));
    if (url == null) {
      return false;
    }
    if (answers(url)) {
      return true;
    }
    if (exiting) {
      return false; // stopped by the JVM's exit, not by a failure
    }
    if (postmaster(pgData).filter(ProcessHandle::isAlive).isPresent()) {
      return false; // still running (starting up, recovering or shutting down): give it time
    }
    Matcher m = PORT.matcher(url);
    int port = m.find() ? Integer.parseInt(m.group("port")) : 0;
    LOG.warning(() -> "Embedded PostgreSQL stopped; starting it again on port " + port);
    try {
      // The stopped server's handle may belong to classes of an earlier start (dev mode, tests)
      // and still holds the directory's lock file: a new lock file lets a new handle start it,
      // on the same port so the datasource's URL stays right.
      Files.deleteIfExists(pgData.resolve("epg-lock"));
      start(pgData, port);
    } catch (IOException | RuntimeException e) {
      LOG.warning(() -> "Could not start the embedded PostgreSQL again: " + e);
      return false;
    }
    return answers(url);
  }

  /** A running server: its port, and how to stop it. */
  interface Handle extends Closeable {
    int port();
  }

  /** A server started by zonky. */
  private record Zonky(EmbeddedPostgres pg) implements Handle {
    @Override
    public int port() {
      return pg.getPort();
    }

    @Override
    public void close() throws IOException {
      pg.close();
    }
  }

  static String jdbcUrl(int port) {
    return "jdbc:postgresql://localhost:" + port + "/postgres?user=" + USER;
  }

  private static String start(Path pgData, int port) {
    try {
      Files.createDirectories(pgData);
      stopOrphan(pgData);
      long t0 = System.nanoTime();
      Handle pg = startServer(pgData, port);
      String url = jdbcUrl(pg.port());
      try {
        Runtime.getRuntime()
            .addShutdownHook(new Thread(() -> close(pg, pgData), "embedded-postgres-stop"));
      } catch (IllegalStateException exitBegun) {
        // Started while the JVM exits (a watch tick racing the stop hooks): no hook would stop
        // it, so it would outlive the JVM holding the data directory.
        close(pg, pgData);
        throw exitBegun;
      }
      System.setProperty(key(pgData), url);
      LOG.info(
          () ->
              String.format(
                  "Embedded PostgreSQL started in %d ms on port %d, data in %s (%s)",
                  (System.nanoTime() - t0) / 1_000_000,
                  pg.port(),
                  pgData,
                  pg instanceof PgCtlServer direct
                      ? "pg_ctl of " + direct.binaries()
                      : "binaries by zonky"));
      return url;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in "
              + pgData
              + " (set quarkus.datasource.jdbc.url to use an external server)",
          e);
    }
  }

  /**
   * An existing data directory whose binaries' folder is remembered is started with their {@code
   * pg_ctl} ({@link PgCtlServer}: no read of the binaries' archive); any other start, or one that
   * fails that way, is zonky's, whose folder is then remembered.
   */
  static Handle startServer(Path pgData, int port) throws IOException {
    Optional<Path> binaries = PgCtlServer.remembered(pgData);
    if (binaries.isPresent()) {
      try {
        return PgCtlServer.start(binaries.get(), pgData, port, MAX_CONNECTIONS);
      } catch (IOException e) {
        LOG.warning(() -> "Starting PostgreSQL with pg_ctl failed, zonky starts it: " + e);
      }
    }
    Handle pg = new Zonky(startWithRetry(pgData, port));
    PgCtlServer.remember(pgData);
    return pg;
  }

  /** A server stopped a moment ago may leave its shared memory for a few seconds: retry. */
  private static EmbeddedPostgres startWithRetry(Path pgData, int port) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        EmbeddedPostgres.Builder b =
            EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", Integer.toString(MAX_CONNECTIONS));
        if (port > 0) {
          b.setPort(port);
        }
        return b.start();
      } catch (IOException e) {
        last = e;
        sleep(1000L * (attempt + 1));
      }
    }
    throw last;
  }

  /**
   * A postgres left running on this data directory by a JVM that died without stopping it: stopped
   * (smart shutdown, then killed if it does not end) so that a fresh start can take the directory.
   * A pid file that names no live postgres is stale and removed. A directory still held by a
   * running JVM is left alone.
   */
  static void stopOrphan(Path pgData) throws IOException {
    Path pidFile = pgData.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return;
    }
    Optional<ProcessHandle> proc = postmaster(pgData);
    if (proc.isEmpty() || !proc.get().isAlive()) {
      return; // the process is gone: postgres itself replaces a stale pid file
    }
    ProcessHandle p = proc.get();
    if (!isPostgresOn(p, pgData)) {
      // The pid was reused by another program: postgres would refuse to start; the file is stale.
      LOG.warning(
          () -> "Removing a stale postmaster.pid naming pid " + p.pid() + " (not postgres)");
      Files.deleteIfExists(pidFile);
      return;
    }
    if (heldByRunningJvm(pgData)) {
      return;
    }
    LOG.warning(
        () ->
            "Stopping the embedded PostgreSQL (pid "
                + p.pid()
                + ") left running on "
                + pgData
                + " by a previous run that did not shut down");
    p.destroy(); // SIGTERM: smart shutdown; nobody is connected any more
    if (!waitFor(p, STOP_WAIT)) {
      p.destroyForcibly();
      waitFor(p, STOP_WAIT);
    }
    // Its backends end with it; wait for the pid file to go so the next start does not see it.
    for (int i = 0; i < 50 && Files.exists(pidFile) && p.isAlive(); i++) {
      sleep(100);
    }
  }

  /** The process named by the data directory's {@code postmaster.pid}, if the file names one. */
  static Optional<ProcessHandle> postmaster(Path pgData) {
    Path pidFile = pgData.resolve("postmaster.pid");
    try {
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.isEmpty()) {
        return Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Its program is {@code postgres} and it serves this data directory (its command line). */
  static boolean isPostgresOn(ProcessHandle p, Path pgData) {
    ProcessHandle.Info info = p.info();
    Optional<String> command = info.command();
    if (command.isEmpty() || !Path.of(command.get()).getFileName().toString().equals("postgres")) {
      return false;
    }
    Optional<String[]> args = info.arguments();
    if (args.isEmpty()) {
      return true; // arguments not visible on this system: the pid file names this directory
    }
    for (String a : args.get()) {
      if (pgData.toString().equals(a) || a.endsWith(pgData.toString())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a live JVM (this one included) holds the data directory's embedded-server lock. */
  static boolean heldByRunningJvm(Path pgData) {
    Path lock = pgData.resolve("epg-lock");
    if (!Files.exists(lock)) {
      return false;
    }
    try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.WRITE)) {
      FileLock l = ch.tryLock();
      if (l == null) {
        return true;
      }
      l.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean waitFor(ProcessHandle p, Duration d) {
    try {
      p.onExit().get(d.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (Exception e) {
      return !p.isAlive();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static boolean answers(String url) {
    return answers(url, USER, USER);
  }

  /** Whether a server answers at this URL within seconds (a missing user or password is unset). */
  static boolean answers(String url, String user, String password) {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("connectTimeout", "2");
    p.setProperty("loginTimeout", "3");
    p.setProperty("socketTimeout", "5");
    try (Connection c = DriverManager.getConnection(url, p)) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static void close(Handle pg, Path dir) {
    exiting = true;
    try {
      pg.close();
      LOG.info(() -> "Embedded PostgreSQL stopped, data kept in " + dir);
    } catch (IOException e) {
      LOG.warning(() -> "Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
