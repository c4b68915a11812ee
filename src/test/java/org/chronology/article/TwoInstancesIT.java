package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged application on one PostgreSQL, started at the same moment with the
 * same corpus folder, as a deployment behind a load balancer runs them: the start-up ingest and
 * extraction run once (the bulk work's advisory lock: the second instance waits, then finds every
 * file stored and every article extracted), both serve the same events, and a session made on one
 * is valid on the other (sessions live in encrypted cookies, with a shared key).
 *
 * <p>Runs in {@code ./mvnw verify} after packaging (failsafe), against the jar just built, named by
 * the system property {@code chronology.app.jar}; run from an IDE without it, it uses {@code
 * target/quarkus-app/quarkus-run.jar} if a package left one and is skipped otherwise.
 */
class TwoInstancesIT {

  private static final Pattern FOLDER =
      Pattern.compile("Folder .*: (\\d+) files, (\\d+) new, (\\d+) already stored");
  private static final Pattern STARTUP =
      Pattern.compile("Start-up: \\d+ files read, (\\d+) articles");
  private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void startUpIngestRunsOnceAndBothServeTheSameEvents() throws Exception {
    String named = System.getProperty("chronology.app.jar");
    Path jar = Path.of(named != null ? named : "target/quarkus-app/quarkus-run.jar");
    if (named != null) {
      assertTrue(Files.exists(jar), "no packaged application at " + jar);
    }
    assumeTrue(Files.exists(jar), "no packaged application at " + jar + " (./mvnw package)");
    Path work = Files.createTempDirectory(Path.of("target"), "two-instances-");
    Path corpus = work.resolve("corpus");
    Files.createDirectories(corpus);
    int files = 0;
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      for (Path p : s.toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
        files += p.toString().endsWith(".txt") ? 1 : 0;
      }
    }
    try (EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(work.resolve("pg"))
            .setCleanDataDirectory(true)
            .start()) {
      String url = pg.getJdbcUrl("postgres", "postgres");
      String password = "two-instances-" + System.nanoTime();
      Instance a = Instance.start(jar, work, "a", url, corpus, password);
      Instance b = Instance.start(jar, work, "b", url, corpus, null);
      try {
        a.awaitReady();
        b.awaitReady();
        String logs = a.log() + "\n" + b.log();

        // Stored once: one instance stored every file, the other found them all stored.
        List<int[]> folders = matches(FOLDER, logs, 3);
        assertEquals(2, folders.size(), "each instance read the folder: " + folders);
        assertEquals(files, folders.get(0)[1] + folders.get(1)[1], "files stored once in all");
        for (int[] f : folders) {
          assertEquals(files, f[0]);
          assertEquals(files, f[1] + f[2], "each file stored or found stored");
        }
        // Extracted once: the extraction lines of both add up to the corpus, not twice it.
        int extracted = matches(STARTUP, logs, 1).stream().mapToInt(m -> m[0]).sum();
        assertEquals(files, extracted, "every article extracted once");

        // Both serve the same events.
        String eventsA = a.get("/api/events?size=1000&sort=asc", null).body();
        String eventsB = b.get("/api/events?size=1000&sort=asc", null).body();
        assertTrue(eventsA.contains("\"id\""), "events: " + eventsA);
        assertEquals(ids(eventsA), ids(eventsB));
        assertEquals(
            ids(a.get("/api/articles", null).body()), ids(b.get("/api/articles", null).body()));

        // A session made on one instance is valid on the other.
        String cookie = a.signIn("admin", password);
        assertEquals(200, b.get("/review", cookie).statusCode(), "b accepts a's session");
        assertFalse(b.get("/review", null).statusCode() == 200, "and needs it");
      } finally {
        a.stop();
        b.stop();
      }
    }
  }

  private static List<int[]> matches(Pattern p, String text, int groups) {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      int[] g = new int[groups];
      for (int i = 0; i < groups; i++) {
        g[i] = Integer.parseInt(m.group(i + 1));
      }
      out.add(g);
    }
    return out;
  }

  private static List<String> ids(String json) {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("\\{\"id\":(\\d+)").matcher(json);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** One application JVM on a port of its own. */
  private static final class Instance {
    final Process process;
    final Path log;
    final int port;

    private Instance(Process process, Path log, int port) {
      this.process = process;
      this.log = log;
      this.port = port;
    }

    static Instance start(
        Path jar, Path work, String name, String url, Path corpus, String adminPassword)
        throws IOException {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Path log = work.resolve(name + ".log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb =
          new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toAbsolutePath().toString())
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = pb.environment();
      env.put("QUARKUS_DATASOURCE_JDBC_URL", url);
      env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
      env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
      env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
      env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
      env.put(
          "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY",
          "two-instances-shared-session-key-0123456789");
      env.put("CHRONOLOGY_CORPUS_PATH", corpus.toAbsolutePath().toString());
      env.put("CHRONOLOGY_DATA_DIR", work.resolve("unused-" + name).toString());
      env.put("CHRONOLOGY_SECURITY_SECURE_COOKIES", "false");
      env.put("QUARKUS_REST_CSRF_COOKIE_FORCE_SECURE", "false");
      if (adminPassword != null) {
        env.put("CHRONOLOGY_ADMIN_PASSWORD", adminPassword);
      }
      return new Instance(pb.start(), log, port);
    }

    String log() throws IOException {
      return Files.readString(log);
    }

    /** Waits for readiness: up once start-up, the ingest that runs after it included, is done. */
    void awaitReady() throws Exception {
      for (int i = 0; i < 1200; i++) {
        assertTrue(process.isAlive(), "instance ended:\n" + log());
        try {
          if (get("/q/health/ready", null).statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(500);
      }
      throw new AssertionError("instance not ready after 10 minutes:\n" + log());
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
      HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
      if (cookie != null) {
        r.header("Cookie", cookie);
      }
      return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with the form; returns the session cookie. */
    String signIn(String user, String password) throws Exception {
      HttpResponse<String> login = get("/login", null);
      Matcher m = TOKEN.matcher(login.body());
      assertTrue(m.find(), "sign-in form");
      String csrf = cookie(login, "csrf-token");
      String form = "j_username=" + user + "&j_password=" + password + "&csrf-token=" + m.group(1);
      HttpResponse<String> r =
          HTTP.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/j_security_check"))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", csrf)
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(302, r.statusCode(), "signed in");
      assertFalse(
          r.headers().firstValue("Location").orElse("").contains("error"), "no sign-in error");
      cookie(r, "quarkus-credential");
      // The form's cookie and the session's own (account.SessionGuard), as a browser keeps them.
      return String.join(
          "; ", r.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
    }

    private String cookie(HttpResponse<?> r, String name) {
      return r.headers().allValues("Set-Cookie").stream()
          .filter(c -> c.startsWith(name + "="))
          .map(c -> c.split(";", 2)[0])
          .findFirst()
          .orElseThrow(() -> new AssertionError("no cookie " + name + ": " + r.headers()));
    }

    void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
