package org.chronology.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chronology.article.ingest.CorpusLoader;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Started the way production starts without a session key: the key made up for the run is never
 * written to the log (Quarkus used to log it in full). With secure cookies on (the {@code prod}
 * setting behind TLS), every cookie the application sets is {@code Secure}.
 */
@QuarkusTest
@TestProfile(SessionKeyAndCookiesTest.NoKeyProfile.class)
class SessionKeyAndCookiesTest {

  static final Path LOG = Path.of("target", "no-session-key.log");

  public static class NoKeyProfile implements QuarkusTestProfile {
    @Override
    public String getConfigProfile() {
      return "nokey"; // not "test": the test profile's fixed key does not apply
    }

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "chronology.data-dir", "target/test-data",
          "quarkus.http.test-port", "0",
          "chronology.corpus.ingest-on-start", "false",
          "chronology.security.secure-cookies", "true",
          "quarkus.log.file.enabled", "true",
          "quarkus.log.file.path", LOG.toString());
    }
  }

  @Test
  void theGeneratedSessionKeyIsUsedButNeverLogged() throws IOException {
    String key =
        ConfigProvider.getConfig()
            .getValue("quarkus.http.auth.session.encryption-key", String.class);
    assertTrue(key.length() >= 32, "a key was generated for the run");
    String log = Files.readString(LOG, StandardCharsets.UTF_8);
    assertTrue(log.contains("No session key configured"), "the operator is told, without the key");
    assertFalse(log.contains(key), "the key is not in the log");
    assertFalse(log.contains("temporary key"), "Quarkus did not generate (and log) its own");
  }

  @Test
  void everyCookieIsSecureWhenTheSettingIsOn() {
    Response r = given().get("/login?lang=en");
    List<String> cookies = r.getHeaders().getValues("Set-Cookie");
    assertFalse(cookies.isEmpty(), "the sign-in page sets its CSRF and language cookies");
    for (String c : cookies) {
      assertTrue(c.toLowerCase().contains("; secure"), c);
    }
  }

  /**
   * Started as production starts, the application does its start-up ingest and warm-up on a thread
   * of its own once a request is answered. Stopped halfway (the next test class starting), that
   * thread left a transaction open and the stop waited the transaction timeout, a minute: the tests
   * end once it is over.
   */
  @AfterAll
  static void startUpWorkEnds() throws InterruptedException {
    CorpusLoader loader = Arc.container().instance(CorpusLoader.class).get();
    if (!"waiting".equals(loader.stage())) {
      assertTrue(loader.awaitFinished(120_000), "the start-up ingest ends");
    }
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().equals("start-up-ingest")) {
        t.join(120_000);
      }
    }
  }
}
