package org.chronology.db;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * With {@code quarkus.datasource.jdbc.url} configured, the application uses that server and starts
 * no embedded one. The "external" server here is a separate PostgreSQL process.
 */
@QuarkusTest
@TestProfile(ExternalDatabaseTest.External.class)
class ExternalDatabaseTest {

  static final String UNUSED_DATA_DIR = "target/external-db-test-unused";

  public static class External implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("chronology.data-dir", UNUSED_DATA_DIR);
    }

    @Override
    public java.util.List<TestResourceEntry> testResources() {
      return java.util.List.of(new TestResourceEntry(ExternalServer.class));
    }
  }

  /** Starts a PostgreSQL of its own, like a server the user runs, and points the app at it. */
  public static class ExternalServer implements QuarkusTestResourceLifecycleManager {
    private EmbeddedPostgres pg;

    @Override
    public Map<String, String> start() {
      try {
        Path dir = Files.createTempDirectory("chronology-external-pg");
        pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Map.of(
          "quarkus.datasource.jdbc.url",
          pg.getJdbcUrl("postgres", "postgres"),
          "quarkus.datasource.username",
          "postgres",
          "quarkus.datasource.password",
          "postgres",
          "test.external.port",
          String.valueOf(pg.getPort()));
    }

    @Override
    public void stop() {
      try {
        if (pg != null) {
          pg.close();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void usesTheConfiguredServerAndStartsNoEmbeddedOne() {
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    String port = ConfigProvider.getConfig().getValue("test.external.port", String.class);
    assertTrue(url.contains(":" + port + "/"), url);
    assertFalse(
        Files.exists(Path.of(UNUSED_DATA_DIR)), "no embedded PostgreSQL was started for the app");
    given().get("/api/articles").then().statusCode(200).body("size()", greaterThan(4));
  }
}
