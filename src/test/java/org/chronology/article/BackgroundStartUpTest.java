package org.chronology.article;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.chronology.db.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With the start-up ingest after the application answers (the default outside tests), a file added
 * to the corpus folder is still stored and extracted, and readiness says when that is over.
 */
@QuarkusTest
@TestProfile(BackgroundStartUpTest.InBackground.class)
class BackgroundStartUpTest {

  static final String NAME = "test-background-" + UUID.randomUUID() + ".txt";

  /** A corpus folder holding one article no other test stored, ingested in the background. */
  public static class InBackground implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      try {
        Path folder = Files.createTempDirectory("chronology-background-corpus");
        Path seed;
        try (var files = Files.list(Path.of("corpus"))) {
          seed = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().get();
        }
        Files.writeString(
            folder.resolve(NAME),
            Files.readString(seed, StandardCharsets.UTF_8) + "\n" + NAME + "\n",
            StandardCharsets.UTF_8);
        return Map.of(
            "chronology.corpus.ingest-in-background",
            "true",
            "chronology.corpus.path",
            folder.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @AfterEach
  void clean() {
    TestArticles.remove();
  }

  @Test
  void aNewCorpusFileIsIngestedAfterStartUpAndReadinessWaitsForIt() throws Exception {
    // The bound only keeps a broken run from hanging the build; it is not what is tested.
    int status = 0;
    for (int i = 0; i < 1200 && status != 200; i++) {
      status = given().get("/q/health/ready").statusCode();
      if (status != 200) {
        Thread.sleep(250);
      }
    }
    assertEquals(200, status, "ready once the start-up ingest is over");
    long id = Sql.number("select id from article where source = ?1", NAME);
    assertEquals("done", TestArticles.state(id)[0], "the new file was extracted");
    assertTrue(TestArticles.events(id) > 0, "and has its events");
  }
}
