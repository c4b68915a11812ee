package org.chronology.db;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.chronology.config.ChronologyConfig;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped while the application runs: readiness goes DOWN at once (naming no host or
 * port), pages answer a 503 page and the API a 503 JSON (never a 500), liveness stays UP for a
 * short outage, and the application recovers by itself: the embedded server is started again.
 */
@QuarkusTest
class DatabaseOutageTest {

  @Inject DatabaseWatch watch;
  @Inject ChronologyConfig config;

  @Test
  void aStoppedDatabaseIsA503AndTheApplicationRecoversByItself() throws Exception {
    given().get("/q/health/ready").then().statusCode(200);
    Path pgData = EmbeddedPostgresServer.pgData(config.dataDir());
    ProcessHandle server = EmbeddedPostgresServer.postmaster(pgData).orElseThrow();
    watch.pauseRestarts(true);
    try {
      // Fast shutdown, as an operator's "pg_ctl stop -m fast" or a crash of the server would do.
      assertEquals(
          0, new ProcessBuilder("kill", "-INT", String.valueOf(server.pid())).start().waitFor());
      server.onExit().get(60, TimeUnit.SECONDS);

      Response ready = given().get("/q/health/ready");
      assertEquals(503, ready.statusCode(), "readiness DOWN at once");
      String health = ready.asString();
      assertTrue(health.contains("DOWN"), health);
      for (String internal :
          new String[] {"localhost", "127.0.0.1", "jdbc", "5432", "Connection"}) {
        assertFalse(health.contains(internal), "readiness names no internals: " + health);
      }
      given().get("/q/health/live").then().statusCode(200); // a short outage is not death

      Response page = given().get("/?lang=en");
      assertEquals(503, page.statusCode(), page.asString());
      assertTrue(page.contentType().startsWith("text/html"));
      assertTrue(page.asString().contains("Temporarily unavailable"), page.asString());
      Response api = given().get("/api/events");
      assertEquals(503, api.statusCode());
      assertTrue(api.contentType().startsWith("application/json"));
      assertTrue(api.jsonPath().getString("error").contains("unavailable"));
    } finally {
      watch.pauseRestarts(false);
    }
    assertTrue(eventually(() -> given().get("/q/health/ready").statusCode() == 200), "ready again");
    assertTrue(eventually(() -> given().get("/").statusCode() == 200), "pages again");
    given().get("/api/events").then().statusCode(200);
  }

  /** Polls a condition that the application reaches by itself (bounded, not a timing assertion). */
  private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 240; i++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  @Test
  void livenessGoesDownOnlyWhenTheDatabaseIsGoneForGood() {
    MutableClock clock = new MutableClock();
    DatabaseOutage outage = new DatabaseOutage(Duration.ofMinutes(2), clock);
    assertFalse(outage.isDown());
    outage.down();
    assertTrue(outage.isDown());
    clock.advance(Duration.ofSeconds(90));
    outage.down();
    assertFalse(outage.goneForGood(), "90 s is a restart, not death");
    clock.advance(Duration.ofSeconds(31));
    assertTrue(outage.goneForGood(), "over two minutes: gone for good");
    outage.up();
    assertFalse(outage.isDown());
    assertFalse(outage.goneForGood());
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
