package org.chronology.db;

import java.io.IOException;
import java.nio.file.Path;

/** A second JVM on this test's class path, for what only a separate process shows (exit, kill). */
final class ChildJvm {

  private ChildJvm() {}

  /** Runs {@code main} with the data directory as its one argument; output and errors merged. */
  static Process start(Class<?> main, String dataDir) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java, "-cp", System.getProperty("java.class.path"), main.getName(), dataDir)
        .redirectErrorStream(true)
        .start();
  }
}
