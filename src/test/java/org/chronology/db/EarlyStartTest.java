package org.chronology.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The packaged application begins the embedded PostgreSQL's start from {@code main}: only when the
 * configuration wants the embedded server, in the directory it names, and the configuration's own
 * start then takes that server rather than starting a second.
 */
class EarlyStartTest {

  /**
   * No system property or environment variable: other tests in the same JVM set some (the test
   * profile's data directory), and these cases are about the files alone.
   */
  private static final Function<String, String> NOTHING_OUTSIDE = name -> null;

  private static Properties props(String... kv) {
    Properties p = new Properties();
    for (int i = 0; i < kv.length; i += 2) {
      p.setProperty(kv[i], kv[i + 1]);
    }
    return p;
  }

  @Test
  void aConfiguredUrlMeansNoEmbeddedServer() {
    var config =
        EarlyStart.sources(
            "prod",
            List.of(props("quarkus.datasource.jdbc.url", "jdbc:postgresql://db/x")),
            NOTHING_OUTSIDE);
    assertEquals(Optional.empty(), EarlyStart.dataDir(config));
  }

  @Test
  void theProfilesDataDirectoryWinsOverThePlainOneAndAnEarlierFileOverALaterOne() {
    Properties local = props("chronology.data-dir", "/srv/local");
    Properties packaged =
        props("chronology.data-dir", "data", "%prod.chronology.data-dir", "/srv/prod");
    assertEquals(
        Optional.of("/srv/prod"),
        EarlyStart.dataDir(EarlyStart.sources("prod", List.of(packaged), NOTHING_OUTSIDE)));
    assertEquals(
        Optional.of("data"),
        EarlyStart.dataDir(EarlyStart.sources("dev", List.of(packaged), NOTHING_OUTSIDE)));
    assertEquals(
        Optional.of("/srv/local"),
        EarlyStart.dataDir(EarlyStart.sources("prod", List.of(local, packaged), NOTHING_OUTSIDE)));
    assertEquals(
        Optional.of("data"),
        EarlyStart.dataDir(EarlyStart.sources("prod", List.of(), NOTHING_OUTSIDE)));
  }

  @Test
  void aSystemPropertyOrEnvironmentVariableWinsOverTheFiles() {
    Properties packaged = props("chronology.data-dir", "data");
    Function<String, String> outside = n -> n.equals("chronology.data-dir") ? "/from/env" : null;
    assertEquals(
        Optional.of("/from/env"),
        EarlyStart.dataDir(EarlyStart.sources("prod", List.of(packaged), outside)));
  }

  @Test
  void anExpressionIsLeftToQuarkus() {
    var config =
        EarlyStart.sources(
            "prod", List.of(props("chronology.data-dir", "${HOME}/x")), NOTHING_OUTSIDE);
    assertEquals(Optional.empty(), EarlyStart.dataDir(config));
  }

  @Test
  void theConfigurationsStartTakesTheServerStartedInTheBackground() throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target"), "early-start-").toAbsolutePath();
    Path pgData = EmbeddedPostgresServer.pgData(dir.toString());

    EmbeddedPostgresServer.startInBackground(dir.toString());
    assertTrue(EmbeddedPostgresServer.backgroundStartPending());
    String url = EmbeddedPostgresServer.ensureStarted(dir.toString());

    assertFalse(EmbeddedPostgresServer.backgroundStartPending(), "the early start was taken");
    assertTrue(EmbeddedPostgresServer.answers(url));
    long pid = EmbeddedPostgresServer.postmaster(pgData).orElseThrow().pid();
    // Asked again, the same server: none was started beside the early one.
    assertEquals(url, EmbeddedPostgresServer.ensureStarted(dir.toString()));
    assertEquals(pid, EmbeddedPostgresServer.postmaster(pgData).orElseThrow().pid());
  }
}
