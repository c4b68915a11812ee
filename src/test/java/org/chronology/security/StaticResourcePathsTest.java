package org.chronology.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The paths that skip the session's check ({@link StaticResourceAuthentication}) are exactly the
 * static resources: every top-level folder or file of {@code META-INF/resources} is listed (a new
 * folder of files would otherwise cost a session query per file again), and nothing else is (a
 * page's path there would be served without its user).
 */
class StaticResourcePathsTest {

  @Test
  void theSessionFreePathsAreTheStaticResources() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("application.properties")) {
      p.load(in);
    }
    Set<String> configured =
        Arrays.stream(p.getProperty("quarkus.http.auth.permission.static.paths", "").split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> resources;
    try (Stream<Path> s = Files.list(Path.of("src/main/resources/META-INF/resources"))) {
      resources =
          s.map(f -> "/" + f.getFileName() + (Files.isDirectory(f) ? "/*" : ""))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(resources, configured);
    assertEquals("permit", p.getProperty("quarkus.http.auth.permission.static.policy"));
    assertEquals(
        StaticResourceAuthentication.SCHEME,
        p.getProperty("quarkus.http.auth.permission.static.auth-mechanism"));
  }
}
