package org.chronology.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application's start-up skips Flyway only when the applied versions are exactly the
 * shipped ones: the shipped versions must be read right from a folder (tests, dev mode) and from a
 * jar (the package), as Flyway names them.
 */
class SchemaAtStartTest {

  @Test
  void versionsAreFlywaysSpelling() {
    assertEquals(Optional.of("1"), SchemaAtStart.version("V1__schema.sql"));
    assertEquals(Optional.of("7.2"), SchemaAtStart.version("V7_2__startup_article_states.sql"));
    assertEquals(Optional.of("12.1"), SchemaAtStart.version("V12_1__gazetteer_version.sql"));
    assertEquals(Optional.empty(), SchemaAtStart.version("R__view.sql"));
    assertEquals(Optional.empty(), SchemaAtStart.version("V3__notes.txt"));
  }

  @Test
  void shippedFromTheClasspathFolderAreEveryMigrationOfTheRepository() throws IOException {
    Set<String> expected;
    try (Stream<Path> files = Files.list(Path.of("db", "migration"))) {
      expected =
          files
              .map(p -> SchemaAtStart.version(p.getFileName().toString()))
              .flatMap(Optional::stream)
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertTrue(expected.size() > 20, "migrations found: " + expected);
    assertEquals(Optional.of(expected), SchemaAtStart.shipped());
  }

  @Test
  void shippedFromAJar(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("app.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name :
          new String[] {
            "db/",
            "db/migration/",
            "db/migration/V1__schema.sql",
            "db/migration/V7_2__states.sql",
            "db/migration/V19__ids.sql",
            "db/migration/README.txt",
            "db/migration/old/V99__elsewhere.sql",
            "db/V98__not_a_migration.sql"
          }) {
        out.putNextEntry(new JarEntry(name));
        if (!name.endsWith("/")) {
          OutputStream o = out;
          o.write("select 1;".getBytes());
        }
        out.closeEntry();
      }
    }
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      Thread.currentThread().setContextClassLoader(cl);
      assertEquals(Optional.of(Set.of("1", "7.2", "19")), SchemaAtStart.shipped());
    } finally {
      Thread.currentThread().setContextClassLoader(before);
    }
  }

  @Test
  void nothingShippedWithoutTheFirstMigration(@TempDir Path dir) throws IOException {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader cl = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      Thread.currentThread().setContextClassLoader(cl);
      assertEquals(Optional.empty(), SchemaAtStart.shipped());
    } finally {
      Thread.currentThread().setContextClassLoader(before);
    }
  }
}
