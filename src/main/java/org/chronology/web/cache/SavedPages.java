package org.chronology.web.cache;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The front page ({@code /} without a query, whole, in each language and digits) as last rendered,
 * kept in the data directory ({@code page-cache/}) so that the first reader after a restart gets it
 * from disk instead of waiting for a cold JVM to query and render it (15–33 s after start-up at 1M
 * on a loaded machine, docs/benchmarks.md).
 *
 * <p>A saved page is served only under everything the memory cache's entry stood for: the same data
 * version ({@link PageCache}), day and variant, plus the same database (its oid, name and the time
 * its schema history began: another database's version sum may equal this one's) and the same build
 * of the application (its jar's path, size and modification time: a new build renders otherwise).
 * Never in dev mode, whose reloads change templates within one JVM; a build that is not a jar
 * (tests) is the same only within its own JVM.
 */
@ApplicationScoped
public class SavedPages {

  private static final Logger LOG = Logger.getLogger(SavedPages.class);
  private static final int FORMAT = 1;

  private final DataSource db;
  private final Path dir;
  private final boolean enabled;
  private final Set<PageKey> tried = ConcurrentHashMap.newKeySet();
  private final ExecutorService writer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "saved-pages");
            t.setDaemon(true);
            return t;
          });
  private volatile String identity;

  public SavedPages(
      DataSource db,
      @ConfigProperty(name = "chronology.data-dir", defaultValue = "data") String dataDir,
      @ConfigProperty(name = "chronology.page-cache.saved", defaultValue = "true") boolean saved) {
    this.db = db;
    this.dir = Path.of(dataDir, "page-cache");
    this.enabled = saved && LaunchMode.current() != LaunchMode.DEVELOPMENT;
  }

  /** Whether {@code key} is a page kept on disk: the whole front page, in any language. */
  static boolean saved(PageKey key) {
    return ("/".equals(key.path()) || key.path().isEmpty())
        && key.query().isEmpty()
        && key.htmx().isEmpty();
  }

  /**
   * The saved page for {@code key} rendered under {@code version}, once per key and run (a miss of
   * the memory cache after that renders, as before).
   */
  public Optional<PageCache.Entry> load(PageKey key, long version) {
    if (!enabled || !saved(key) || !tried.add(key)) {
      return Optional.empty();
    }
    Path file = file(key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      if (in.readInt() != FORMAT
          || !in.readUTF().equals(identity())
          || in.readLong() != version
          || !in.readUTF().equals(key.toString())) {
        return Optional.empty();
      }
      String etag = in.readUTF();
      String type = in.readUTF();
      byte[] body = in.readNBytes(in.readInt());
      return Optional.of(new PageCache.Entry(version, body, etag, type));
    } catch (IOException | RuntimeException e) {
      LOG.debugf("Saved page %s not read: %s", file, e);
      return Optional.empty();
    }
  }

  /** Keeps the page on disk (in the background) when it is one of the saved ones. */
  public void save(PageKey key, PageCache.Entry entry) {
    if (!enabled || !saved(key)) {
      return;
    }
    tried.add(key); // what is in memory now is newer than the file
    writer.execute(() -> write(key, entry));
  }

  private void write(PageKey key, PageCache.Entry entry) {
    try {
      String id = identity();
      if (id.isEmpty()) {
        return;
      }
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "page", ".tmp");
      try (OutputStream o = Files.newOutputStream(tmp);
          DataOutputStream out = new DataOutputStream(o)) {
        out.writeInt(FORMAT);
        out.writeUTF(id);
        out.writeLong(entry.version());
        out.writeUTF(key.toString());
        out.writeUTF(entry.etag());
        out.writeUTF(entry.contentType());
        out.writeInt(entry.body().length);
        out.write(entry.body());
      }
      Files.move(
          tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      LOG.debugf("Page %s not saved: %s", key, e);
    }
  }

  /** Waits for the saves asked for so far (tests). */
  void flush() throws Exception {
    writer.submit(() -> {}).get();
  }

  /** Forgets which keys were read, as a restart does (tests). */
  void forget() {
    tried.clear();
  }

  private Path file(PageKey key) {
    return dir.resolve("front-" + key.lang() + "-" + key.digits() + ".page");
  }

  /** The build and the database the pages belong to; empty when either cannot be told. */
  private String identity() {
    String id = identity;
    if (id == null) {
      String database = database();
      id = database.isEmpty() ? "" : build() + "|" + database;
      if (!database.isEmpty()) {
        identity = id;
      }
    }
    return id;
  }

  private String database() {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select d.oid, d.datname, (select min(installed_on)::text from"
                    + " flyway_schema_history) from pg_database d where d.datname ="
                    + " current_database()")) {
      return r.next() ? r.getLong(1) + " " + r.getString(2) + " " + r.getString(3) : "";
    } catch (SQLException e) {
      return "";
    }
  }

  private static String build() {
    try {
      Path code =
          Path.of(SavedPages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
      }
      return code + " run " + ProcessHandle.current().pid() + " " + START;
    } catch (Exception e) {
      return "run " + ProcessHandle.current().pid() + " " + START;
    }
  }

  private static final long START = System.nanoTime();
}
