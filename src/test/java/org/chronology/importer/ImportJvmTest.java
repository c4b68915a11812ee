package org.chronology.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the import command starts itself again with C1 only, and with which command line. */
class ImportJvmTest {

  private static final String JAVA =
      Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @Test
  void thePackagedJarStartsAgainWithC1OnlyAndTheCallersOptions() {
    assertEquals(
        List.of(
            JAVA,
            "-Xmx512m",
            "-XX:SharedArchiveFile=app-cds.jsa",
            "-XX:TieredStopAtLevel=1",
            "-Dchronology.import.c1-only=false",
            "-jar",
            "quarkus-run.jar",
            "import",
            "/data/new articles"),
        ImportJvm.command(
            List.of("-Xmx512m", "-XX:SharedArchiveFile=app-cds.jsa"),
            "quarkus-run.jar",
            "import",
            "/data/new articles"));
    assertEquals(
        "/opt/app/quarkus-run.jar",
        ImportJvm.command(List.of(), "/opt/app/quarkus-run.jar", "import", "d").get(4));
  }

  @Test
  void aCompilerSettingOfTheCallersOwnIsKept() {
    for (String own :
        List.of(
            "-XX:TieredStopAtLevel=4",
            "-XX:-TieredCompilation",
            "-XX:CompileThresholdScaling=4",
            "-Dchronology.import.c1-only=false",
            "-agentlib:jdwp=transport=dt_socket,server=y")) {
      assertNull(
          ImportJvm.command(List.of("-Xmx512m", own), "quarkus-run.jar", "import", "d"), own);
    }
  }

  @Test
  void notOutsideThePackagedJar() {
    assertNull(ImportJvm.command(List.of(), "target/classes:lib/a.jar", "import", "d"));
    assertNull(ImportJvm.command(List.of(), "target/test-classes", "import", "d"));
    assertNull(ImportJvm.command(List.of(), null, "import", "d"));
  }
}
