package org.chronology.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chronology.event.ManyEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Fifty thousand events exported as CSV: the first bytes reach the client while most events have
 * not even been read from the database yet (a buffered export would have written all of them before
 * sending anything), and the whole file then parses to exactly one row per event.
 *
 * <p>Half of them is about 25 MB of CSV, far more than the socket buffers on both sides hold
 * (Linux's defaults reach 4 MB for sending and 6 MB for receiving) with any backpressure the export
 * keeps: the first 64 KB arrived when 144 events had been written, out of 100,000 when this test
 * inserted that many (the data and its removal were most of its time, about 38 s).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamingExportTest {

  private static final int COUNT = 50_000;
  private static final String PREFIX = "حدث للتصدير المتدفق رقم ";

  @Inject EventStreamer streamer;

  @TestHTTPResource("/export/events.csv")
  URL export;

  private long actorId;

  @BeforeAll
  void insert() {
    actorId =
        QuarkusTransaction.requiringNew()
            .timeout(600)
            .call(
                () -> {
                  var em = Panache.getEntityManager();
                  long actor = ManyEvents.newActor(em, "organization", "هيئة التصدير المتدفق");
                  // A long title (about 1 KB a row): far more than any socket buffer holds.
                  ManyEvents.insertSeries(
                      em,
                      "type, title, status, date_start, date_end, date_precision, search_text",
                      "'meeting', ?1 || g || ' ' || repeat('نص طويل، \"مقتبس\" ', 30),"
                          + " 'happened', date '1990-01-01' + g % 9000, date '1990-01-01' + g % 9000,"
                          + " 'day', ''",
                      PREFIX,
                      COUNT,
                      actor);
                  return actor;
                });
  }

  @AfterAll
  void remove() {
    QuarkusTransaction.requiringNew()
        .timeout(600)
        .run(
            () -> {
              var em = Panache.getEntityManager();
              // Fresh statistics after 50,000 inserts: without them the planner may pick a nested
              // loop over both tables for the delete below.
              em.createNativeQuery("analyze event, event_actor").executeUpdate();
              em.createNativeQuery(
                      "delete from event where id in (select event_id from event_actor"
                          + " where actor_id = ?1)")
                  .setParameter(1, actorId)
                  .executeUpdate();
              em.createNativeQuery("delete from actor where id = ?1")
                  .setParameter(1, actorId)
                  .executeUpdate();
            });
  }

  @Test
  void fiftyThousandEventsAreStreamed() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    double before = streamer.written();
    HttpResponse<InputStream> response =
        client.send(
            HttpRequest.newBuilder(URI.create(export + "?actor=" + actorId)).build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, response.statusCode());
    try (InputStream in = response.body()) {
      byte[] first = in.readNBytes(64 * 1024);
      assertEquals(64 * 1024, first.length);
      double writtenAtFirstBytes = streamer.written() - before;
      assertTrue(
          writtenAtFirstBytes < COUNT / 2.0,
          "the first bytes arrive while most events are still unread: "
              + writtenAtFirstBytes
              + " of "
              + COUNT);
      // The rest, parsed as it arrives (the first chunk goes in front again).
      InputStream all =
          new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(first), in);
      all.skipNBytes(3); // BOM
      Set<String> ids = new HashSet<>();
      long rows = 0;
      try (Reader r = new InputStreamReader(all, StandardCharsets.UTF_8);
          CSVParser p =
              CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
        for (CSVRecord rec : p) {
          rows++;
          ids.add(rec.get("id"));
          if (rows == 1) {
            assertTrue(rec.get("title").startsWith(PREFIX), rec.get("title"));
          }
        }
      }
      assertEquals(COUNT, rows, "one row per event");
      assertEquals(COUNT, ids.size(), "every event once");
    }
    assertEquals(COUNT, streamer.written() - before, 0.5);
  }
}
