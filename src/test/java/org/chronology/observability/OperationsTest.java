package org.chronology.observability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.chronology.article.ingest.ArticleIngestService;
import org.chronology.article.ingest.Sidecar;
import org.chronology.web.Fetch;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Health, metrics and request ids as an operator sees them. */
@QuarkusTest
class OperationsTest {

  @Inject DataSource db;
  @Inject ArticleIngestService ingest;

  @TestHTTPResource("/")
  URL base;

  @Test
  void liveAndReadyWithTheDatabaseAndTheStartUpIngest() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    String ready =
        given()
            .get("/q/health/ready")
            .then()
            .statusCode(200)
            .body("status", equalTo("UP"))
            .extract()
            .asString();
    assertTrue(ready.contains("\"database\""), ready);
    assertTrue(ready.contains("\"startup-ingest\""), ready);
    assertFalse(
        ready.contains(String.valueOf(base.getPort())) || ready.contains("localhost"), ready);
    assertFalse(ready.contains("jdbc:"), ready);
  }

  @Test
  void readinessIsDownWhenTheDatabaseIsDown() throws Exception {
    assertEquals(HealthCheckResponse.Status.UP, new DatabaseReadiness(db).call().getStatus());
    // A PostgreSQL that does not answer: a port just freed, so nothing listens on it.
    int port;
    try (var s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    PGSimpleDataSource dead = new PGSimpleDataSource();
    dead.setServerNames(new String[] {"127.0.0.1"});
    dead.setPortNumbers(new int[] {port});
    dead.setDatabaseName("postgres");
    dead.setConnectTimeout(2);
    HealthCheckResponse down = new DatabaseReadiness(dead).call();
    assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
    assertTrue(down.getData().isEmpty(), "no host, port or message in the output");
  }

  @Test
  void prometheusMetricsAfterARequest() {
    given().get("/api/events?size=1").then().statusCode(200);
    String m = Fetch.text("/q/metrics");
    assertTrue(m.contains("http_server_requests_seconds_count{"), "HTTP metrics");
    assertTrue(
        Pattern.compile(
                "http_server_requests_seconds_count\\{[^}]*uri=\"/api/events\"[^}]*\\} [1-9]")
            .matcher(m)
            .find(),
        "the request just made is counted");
    for (String review : new String[] {"extracted", "confirmed", "edited", "rejected"}) {
      assertTrue(m.contains("chronology_events{review=\"" + review + "\"}"), review);
    }
    assertTrue(m.contains("chronology_extraction_seconds_count"), "extraction time");
  }

  @Test
  void ingestIsCountedByOutcome() {
    String before = given().get("/q/metrics").then().extract().asString();
    double dup0 = counter(before, "duplicate");
    double rej0 = counter(before, "rejected");
    byte[] notText = {(byte) 0xFF, 0x00, (byte) 0xFE, 0x01, 0x02, (byte) 0x80, 0x00, 0x00};
    ingest.ingest("metrics-test.bin", notText, Sidecar.EMPTY);
    ingest.ingest("metrics-test-again.bin", notText, Sidecar.EMPTY);
    String after = given().get("/q/metrics").then().extract().asString();
    assertEquals(rej0 + 2, counter(after, "rejected"), 0.01);
    assertEquals(dup0, counter(after, "duplicate"), 0.01);
  }

  private static double counter(String metrics, String outcome) {
    Matcher m =
        Pattern.compile("chronology_ingest_files_total\\{outcome=\"" + outcome + "\"\\} ([0-9.E]+)")
            .matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  @Test
  void everyResponseCarriesARequestId() {
    String given = given().get("/api/events?size=1").then().extract().header(RequestIds.HEADER);
    assertTrue(given != null && given.length() >= 8, "generated: " + given);
    given()
        .header(RequestIds.HEADER, "abc-123")
        .get("/")
        .then()
        .header(RequestIds.HEADER, "abc-123");
    String unsafe =
        given()
            .header(RequestIds.HEADER, "x\ty")
            .get("/api/years")
            .then()
            .extract()
            .header(RequestIds.HEADER);
    assertFalse(unsafe.contains("\t"), "an unsafe id is replaced");
  }
}
