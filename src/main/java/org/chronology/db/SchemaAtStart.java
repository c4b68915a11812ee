package org.chronology.db;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.chronology.config.ChronologyConfig;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * The packaged application's schema check at start-up ({@code
 * chronology.database.migrate-when-behind}, on in {@code %prod}, where Quarkus's own {@code
 * quarkus.flyway.migrate-at-start} is off): one query reads the versions Flyway has applied; when
 * they are exactly the versions of the migrations shipped on the classpath, nothing is to do and
 * Flyway is not started at all. Otherwise (a new database, a new migration, a failed one, or a
 * database this package does not know) Flyway migrates as before, with its validation and its
 * errors.
 *
 * <p>Flyway's start-up — its configuration, the database detection, the schema history's lock and
 * the validation of every applied migration's checksum, each a round trip or a class to load — was
 * about a fifth of the main thread's samples before the first answer with the database up to date
 * (docs/benchmarks.md, "Start-up: Flyway only when the schema is behind"). What the shortcut does
 * not do is compare the checksums of the applied migrations with the shipped files: an edited,
 * already-applied migration is reported by tests and dev mode (which keep Flyway at start), not by
 * the packaged application. Runs before every other start-up observer, several of which read the
 * database.
 */
@ApplicationScoped
public class SchemaAtStart {

  private static final Logger LOG = Logger.getLogger(SchemaAtStart.class);

  /** Where Flyway's migrations are ({@code quarkus.flyway.locations}). */
  static final String LOCATION = "db/migration";

  /** The first migration, present in every package: its URL tells where the others are. */
  static final String ANCHOR = LOCATION + "/V1__schema.sql";

  private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9_.]*)__.*\\.sql");

  @Inject ChronologyConfig config;
  @Inject DataSource dataSource;
  @Inject Instance<Flyway> flyway;

  /** What the last check did: true when Flyway was started. */
  private volatile boolean migrated;

  void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent e) {
    if (!config.database().migrateWhenBehind()) {
      return; // quarkus.flyway.migrate-at-start does it (tests, dev mode)
    }
    check();
  }

  /** Starts Flyway unless the applied migrations are exactly the shipped ones. */
  void check() {
    migrated = false;
    long t0 = System.nanoTime();
    Optional<Set<String>> shipped = shipped();
    Optional<Set<String>> applied = shipped.isPresent() ? applied() : Optional.empty();
    if (shipped.isPresent() && applied.isPresent() && shipped.get().equals(applied.get())) {
      LOG.infof(
          "Schema up to date (%d migrations applied, none to apply), checked in %d ms",
          applied.get().size(), (System.nanoTime() - t0) / 1_000_000);
      return;
    }
    migrated = true;
    flyway.get().migrate();
  }

  /** True when the last check started Flyway (tests read it). */
  boolean migrated() {
    return migrated;
  }

  /** The versions of the shipped migrations ("7.2" for V7_2__…), or empty when not found. */
  static Optional<Set<String>> shipped() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    URL anchor = (cl != null ? cl : SchemaAtStart.class.getClassLoader()).getResource(ANCHOR);
    if (anchor == null) {
      return Optional.empty();
    }
    try {
      Set<String> out = new TreeSet<>();
      if ("jar".equals(anchor.getProtocol())) {
        JarURLConnection c = (JarURLConnection) anchor.openConnection();
        c.setUseCaches(false);
        try (JarFile jar = c.getJarFile()) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(LOCATION + "/") && name.indexOf('/', LOCATION.length() + 1) < 0) {
              version(name.substring(LOCATION.length() + 1)).ifPresent(out::add);
            }
          }
        }
      } else if ("file".equals(anchor.getProtocol())) {
        try (Stream<Path> files = Files.list(Path.of(anchor.toURI()).getParent())) {
          files.forEach(p -> version(p.getFileName().toString()).ifPresent(out::add));
        }
      } else {
        return Optional.empty();
      }
      return out.isEmpty() ? Optional.empty() : Optional.of(out);
    } catch (IOException | URISyntaxException | ClassCastException | UncheckedIOException e) {
      LOG.debugf("Shipped migrations not listed (%s): Flyway decides", e);
      return Optional.empty();
    }
  }

  /** Flyway's version of a migration file's name, as its schema history writes it. */
  static Optional<String> version(String fileName) {
    Matcher m = VERSIONED.matcher(fileName);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(m.group(1).replace('_', '.'));
  }

  /**
   * The versions in Flyway's schema history, or empty when there is none yet, a migration failed or
   * the history cannot be read (Flyway then reports it).
   */
  private Optional<Set<String>> applied() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select version, success from flyway_schema_history"
                    + " where version is not null or not success")) {
      Set<String> out = new TreeSet<>();
      while (r.next()) {
        if (!r.getBoolean(2)) {
          return Optional.empty();
        }
        out.add(r.getString(1));
      }
      return Optional.of(out);
    } catch (SQLException e) {
      return Optional.empty(); // no history yet (a new database), or no database: Flyway says
    }
  }
}
