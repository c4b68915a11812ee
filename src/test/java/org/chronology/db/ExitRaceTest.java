package org.chronology.db;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The database watch may tick while the JVM exits, after the embedded server's stop hook stopped
 * it: the restart it asks for must not leave a server running with no JVM to stop it.
 */
class ExitRaceTest {

  @Test
  void aRestartAskedForDuringTheExitLeavesNoServerBehind() throws Exception {
    Path dir = Path.of("target", "exit-race-" + System.nanoTime()).toAbsolutePath();
    Path pgData = EmbeddedPostgresServer.pgData(dir.toString());
    Process app = ChildJvm.start(ExitRaceMaker.class, dir.toString());
    assertTrue(app.waitFor(120, TimeUnit.SECONDS), "the JVM exited");
    String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(output.contains("READY "), "the server started: " + output);
    assertTrue(output.contains("RESTARTED "), "the restart was asked for: " + output);
    Optional<ProcessHandle> left = EmbeddedPostgresServer.postmaster(pgData);
    try {
      assertFalse(
          left.filter(ProcessHandle::isAlive).isPresent(), "no server outlives the JVM: " + output);
    } finally {
      left.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroy);
    }
  }
}
