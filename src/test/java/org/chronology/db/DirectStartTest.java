package org.chronology.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An existing data directory is started with the {@code pg_ctl} of the binaries zonky unpacked at
 * its first start, without zonky reading and digesting their archive again; a changed key or a
 * missing folder leaves the start to zonky; the direct start keeps zonky's guarantees (data kept,
 * stopped with its JVM, the directory refused to a second JVM while the first runs).
 */
class DirectStartTest {

  @Test
  void theSecondStartRunsPgCtlDirectlyAndAChangedKeyFallsBackToZonky() throws Exception {
    Path dir = Path.of("target", "direct-start-" + System.nanoTime()).toAbsolutePath();
    Path pgData = EmbeddedPostgresServer.pgData(dir.toString());

    String first = run(dir);
    assertTrue(first.contains("ROWS 1"), first);
    assertTrue(first.contains("(binaries by zonky)"), "a new directory is zonky's: " + first);
    assertStopped(pgData, first);
    Properties memory = memory(pgData);
    Path folder = Path.of(memory.getProperty("folder"));
    assertTrue(PgCtlServer.complete(folder), "the remembered folder: " + memory);
    assertEquals(PgCtlServer.key().orElseThrow(), memory.getProperty("key"));

    String second = run(dir);
    assertTrue(second.contains("ROWS 2"), "the data is kept: " + second);
    assertTrue(second.contains("(pg_ctl of " + folder + ")"), "started directly: " + second);
    assertStopped(pgData, second);

    // Another archive (a new zonky or binaries jar) changes the key: zonky starts it, once.
    memory.setProperty("key", "zonky 0; another archive");
    store(pgData, memory);
    String third = run(dir);
    assertTrue(third.contains("ROWS 3"), third);
    assertTrue(third.contains("(binaries by zonky)"), "a changed key is zonky's: " + third);
    assertStopped(pgData, third);
    assertEquals(PgCtlServer.key().orElseThrow(), memory(pgData).getProperty("key"));

    // A folder gone (a cleaned temporary directory) too.
    Properties gone = memory(pgData);
    gone.setProperty("folder", dir.resolve("no-such-folder").toString());
    store(pgData, gone);
    String fourth = run(dir);
    assertTrue(fourth.contains("ROWS 4"), fourth);
    assertTrue(fourth.contains("(binaries by zonky)"), "a missing folder is zonky's: " + fourth);
    assertStopped(pgData, fourth);
    assertEquals(folder.toString(), memory(pgData).getProperty("folder"));
  }

  @Test
  void aDirectlyStartedDirectoryIsRefusedToASecondJvm() throws Exception {
    Path dir = Path.of("target", "direct-held-" + System.nanoTime()).toAbsolutePath();
    Path pgData = EmbeddedPostgresServer.pgData(dir.toString());
    assertStopped(pgData, run(dir)); // zonky's start makes the directory
    Process app = ChildJvm.start(OrphanMaker.class, dir.toString());
    List<String> output = new ArrayList<>();
    try {
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
      assertTrue(output.stream().anyMatch(l -> l.contains("(pg_ctl of ")), "direct: " + output);
      Optional<ProcessHandle> server = EmbeddedPostgresServer.postmaster(pgData);
      assertTrue(server.filter(ProcessHandle::isAlive).isPresent(), "running: " + output);
      assertTrue(EmbeddedPostgresServer.heldByRunningJvm(pgData), "its JVM holds the directory");
      EmbeddedPostgresServer.stopOrphan(pgData);
      assertTrue(server.get().isAlive(), "a held directory's server is not an orphan");
      assertThrows(
          IllegalStateException.class,
          () -> PgCtlServer.start(PgCtlServer.remembered(pgData).orElseThrow(), pgData, 0, 10));
      assertTrue(server.get().isAlive(), "the refused start left the running server alone");
    } finally {
      app.destroy(); // SIGTERM: the stop hook runs
      assertTrue(app.waitFor(60, TimeUnit.SECONDS));
    }
    assertStopped(pgData, String.join("\n", output));
  }

  private static String run(Path dir) throws Exception {
    Process p = ChildJvm.start(RestartMaker.class, dir.toString());
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the JVM exited: " + out);
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  private static void assertStopped(Path pgData, String output) {
    Optional<ProcessHandle> left = EmbeddedPostgresServer.postmaster(pgData);
    try {
      assertFalse(
          left.filter(ProcessHandle::isAlive).isPresent(), "no server outlives its JVM: " + output);
    } finally {
      left.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroy);
    }
  }

  private static Properties memory(Path pgData) throws Exception {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(pgData.resolve(PgCtlServer.MEMORY))) {
      p.load(in);
    }
    return p;
  }

  private static void store(Path pgData, Properties p) throws Exception {
    try (var out = Files.newOutputStream(pgData.resolve(PgCtlServer.MEMORY))) {
      p.store(out, null);
    }
  }
}
