package org.chronology.importer;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the {@code import} command in a JVM that compiles with C1 only ({@code
 * -XX:TieredStopAtLevel=1}). A folder import is a short process that extracts each article once:
 * the default JIT spends more CPU compiling its code with C2 than the import spends running it
 * (docs/benchmarks.md, "Folder import: C1 only"), and a command, unlike the server, never runs long
 * enough to be paid back. The packaged jar cannot carry JVM options, so the command starts itself
 * again with the option and the caller's own options, and waits for it.
 *
 * <p>Not when the caller chose a compiler setting of their own (it is kept as given), when the
 * property {@value #PROPERTY} is {@code false}, or outside the packaged jar (tests, dev mode).
 */
final class ImportJvm {

  /** {@code -Dchronology.import.c1-only=false} keeps the JVM as launched. */
  static final String PROPERTY = "chronology.import.c1-only";

  static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

  private ImportJvm() {}

  /**
   * The command line of the C1-only JVM for {@code args}, or null when this JVM runs the import
   * itself.
   */
  static List<String> command(List<String> jvmOptions, String classPath, String... args) {
    if ("false".equals(System.getProperty(PROPERTY))) {
      return null;
    }
    for (String o : jvmOptions) {
      if (o.startsWith("-XX:TieredStopAtLevel")
          || o.contains("TieredCompilation")
          || o.startsWith("-XX:CompileThresholdScaling")
          || o.startsWith("-D" + PROPERTY + "=")
          || o.startsWith("-agentlib:jdwp")) {
        return null;
      }
    }
    // Only the packaged application (java -jar quarkus-run.jar): its class path is the one jar.
    if (classPath == null
        || classPath.contains(File.pathSeparator)
        || !classPath.endsWith("quarkus-run.jar")) {
      return null;
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add(C1_ONLY);
    // The started JVM runs the import itself.
    cmd.add("-D" + PROPERTY + "=false");
    cmd.add("-jar");
    cmd.add(classPath);
    cmd.addAll(List.of(args));
    return cmd;
  }

  /**
   * Runs the import in a C1-only JVM when {@link #command} says so and returns its exit status; -1
   * when this JVM is to run it.
   */
  static int relaunch(String... args) throws Exception {
    List<String> cmd =
        command(
            ManagementFactory.getRuntimeMXBean().getInputArguments(),
            System.getProperty("java.class.path"),
            args);
    if (cmd == null) {
      return -1;
    }
    Process child = new ProcessBuilder(cmd).inheritIO().start();
    // Interrupted (Ctrl-C reaches both), this JVM ends only after the import has stopped its
    // database.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    child.waitFor();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    return child.waitFor();
  }
}
