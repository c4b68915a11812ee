package org.chronology.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.chronology.config.DefaultSources;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The embedded default database: when no {@code quarkus.datasource.jdbc.url} is configured, starts
 * a real PostgreSQL (see {@link EmbeddedPostgresServer}) before the datasource is created and hands
 * its URL to Quarkus as configuration. With a URL configured it does nothing.
 *
 * <p>The packaged application has usually begun that start already, from its {@code main} ({@link
 * EarlyStart}): this then waits for it.
 *
 * <p>Runs at runtime-init only: config is also read while the application is built, and a build
 * must never start a database.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

  static final String URL = "quarkus.datasource.jdbc.url";
  static final String DATA_DIR = "chronology.data-dir";

  /** Lower than application.properties (250), so anything a user configures wins. */
  private static final int ORDINAL = 200;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    if (!DefaultSources.wanted(context, URL)) {
      EmbeddedPostgresServer.discardBackgroundStart();
      return List.of();
    }
    ConfigValue dir = context.getValue(DATA_DIR);
    String dataDir = dir == null || dir.getValue() == null ? "data" : dir.getValue();
    String jdbcUrl = EmbeddedPostgresServer.ensureStarted(dataDir);
    return List.of(
        new PropertiesConfigSource(
            Map.of(
                URL,
                jdbcUrl,
                "quarkus.datasource.username",
                EmbeddedPostgresServer.USER,
                "quarkus.datasource.password",
                EmbeddedPostgresServer.USER),
            "chronology-embedded-postgres",
            ORDINAL));
  }
}
