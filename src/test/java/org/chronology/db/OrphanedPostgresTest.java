package org.chronology.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The application killed with {@code kill -9} leaves its embedded PostgreSQL running with nobody to
 * stop it (parent PID 1). The next start must find it through {@code postmaster.pid}, stop it and
 * start afresh, instead of failing with "lock file postmaster.pid already exists".
 */
class OrphanedPostgresTest {

  @Test
  void theNextStartStopsTheServerAKilledRunLeftBehind() throws Exception {
    Path dir = Path.of("target", "orphan-test-" + System.nanoTime()).toAbsolutePath();
    Path pgData = EmbeddedPostgresServer.pgData(dir.toString());

    // A first "application": a JVM that starts the server, then dies without a shutdown hook.
    Process app = ChildJvm.start(OrphanMaker.class, dir.toString());
    List<String> output = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        output.add(line);
        if (line.startsWith("READY ")) {
          break;
        }
      }
    }
    assertTrue(
        output.stream().anyMatch(l -> l.startsWith("READY ")), "first run started: " + output);
    app.destroyForcibly(); // kill -9: no shutdown hook stops the server
    assertTrue(app.waitFor(60, TimeUnit.SECONDS));

    Optional<ProcessHandle> orphan = EmbeddedPostgresServer.postmaster(pgData);
    assertTrue(orphan.isPresent() && orphan.get().isAlive(), "the server outlived its JVM");
    assertTrue(EmbeddedPostgresServer.isPostgresOn(orphan.get(), pgData));
    assertFalse(
        EmbeddedPostgresServer.heldByRunningJvm(pgData), "no running JVM holds the directory");

    // The next start, in this JVM: it must work the first time.
    String url = EmbeddedPostgresServer.ensureStarted(dir.toString());
    assertTrue(EmbeddedPostgresServer.answers(url), "the new server answers");
    assertFalse(orphan.get().isAlive(), "the orphan was stopped, not left beside the new one");
    Optional<ProcessHandle> now = EmbeddedPostgresServer.postmaster(pgData);
    assertTrue(now.isPresent());
    assertTrue(now.get().pid() != orphan.get().pid());
    assertEquals(
        List.of(),
        Files.readAllLines(pgData.resolve("postmaster.pid")).stream()
            .limit(1)
            .filter(l -> !l.strip().equals(String.valueOf(now.get().pid())))
            .toList());
  }

  @Test
  void aStalePidFileNamingAnotherProgramIsRemoved() throws Exception {
    Path dir = Path.of("target", "stale-test-" + System.nanoTime()).toAbsolutePath();
    Path pgData = EmbeddedPostgresServer.pgData(dir.toString());
    Files.createDirectories(pgData);
    // This JVM's pid: alive, but not a postgres.
    Files.writeString(
        pgData.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + pgData + "\n");
    EmbeddedPostgresServer.stopOrphan(pgData);
    assertFalse(Files.exists(pgData.resolve("postmaster.pid")));
    assertTrue(ProcessHandle.current().isAlive());
  }
}
