package org.chronology.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * Begins the embedded PostgreSQL's start from {@code main}, before Quarkus initialises the
 * application, so that the server starts while the JVM loads and initialises the rest (CDI,
 * Hibernate's metadata, validation); the configuration's own start ({@link
 * EmbeddedPostgresConfigSourceFactory}) then waits for it.
 *
 * <p>Only when the configuration visibly wants the embedded server: {@code
 * quarkus.datasource.jdbc.url} unset in the system properties, the environment, {@code
 * config/application.properties} and the packaged {@code application.properties} (the profile's
 * value first). The data directory is read from the same places. Should Quarkus's configuration
 * still name another database or directory, the early server is not used and is stopped with the
 * JVM. Never while an AppCDS archive is being written ({@code quarkus.appcds.generate}): that run
 * stops after static initialisation and must start nothing.
 */
public final class EarlyStart {

  static final String URL = EmbeddedPostgresConfigSourceFactory.URL;
  static final String DATA_DIR = EmbeddedPostgresConfigSourceFactory.DATA_DIR;

  private EarlyStart() {}

  /** Starts the embedded server in the background when the configuration wants it. */
  public static void begin() {
    if (Boolean.getBoolean("quarkus.appcds.generate")) {
      return;
    }
    Function<String, Optional<String>> config = sources(profile(), propertyFiles());
    dataDir(config).ifPresent(EmbeddedPostgresServer::startInBackground);
  }

  /** The data directory of the embedded server, or empty when a URL names another database. */
  static Optional<String> dataDir(Function<String, Optional<String>> config) {
    if (config.apply(URL).filter(v -> !v.isBlank()).isPresent()) {
      return Optional.empty();
    }
    String dir = config.apply(DATA_DIR).filter(v -> !v.isBlank()).orElse("data");
    // An expression (${...}) is Quarkus's to expand: no guess, the configuration starts it.
    return dir.contains("${") ? Optional.empty() : Optional.of(dir);
  }

  private static String profile() {
    String p = System.getProperty("quarkus.profile", System.getenv("QUARKUS_PROFILE"));
    return p == null || p.isBlank() ? "prod" : p.strip();
  }

  /** Highest first: {@code config/application.properties}, then the packaged one. */
  private static List<Properties> propertyFiles() {
    List<Properties> files = new ArrayList<>();
    Path local = Path.of("config", "application.properties");
    if (Files.isRegularFile(local)) {
      try (Reader r = Files.newBufferedReader(local, StandardCharsets.UTF_8)) {
        files.add(load(r));
      } catch (IOException e) {
        // Unreadable here: Quarkus reports it; the early start only guesses.
      }
    }
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    try (InputStream in =
        (cl != null ? cl : EarlyStart.class.getClassLoader())
            .getResourceAsStream("application.properties")) {
      if (in != null) {
        try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
          files.add(load(r));
        }
      }
    } catch (IOException e) {
      // As above.
    }
    return files;
  }

  private static Properties load(Reader r) throws IOException {
    Properties p = new Properties();
    p.load(r);
    return p;
  }

  /**
   * A property's value as Quarkus would read it from these places: system property, environment
   * variable (upper case, non-alphanumerics as {@code _}), then each file's profile value before
   * its plain one.
   */
  static Function<String, Optional<String>> sources(String profile, List<Properties> files) {
    return sources(profile, files, EarlyStart::systemOrEnvironment);
  }

  /** As above, with the system properties and environment read through {@code outside}. */
  static Function<String, Optional<String>> sources(
      String profile, List<Properties> files, Function<String, String> outside) {
    return name -> {
      String v = outside.apply(name);
      for (int i = 0; v == null && i < files.size(); i++) {
        Properties f = files.get(i);
        v = f.getProperty("%" + profile + "." + name, f.getProperty(name));
      }
      return Optional.ofNullable(v);
    };
  }

  private static String systemOrEnvironment(String name) {
    String v = System.getProperty(name);
    return v != null
        ? v
        : System.getenv(name.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
  }
}
