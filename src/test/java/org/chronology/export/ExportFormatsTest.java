package org.chronology.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chronology.web.Fetch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every export of a filtered chronology, read back with a real parser: Commons CSV, ical4j, Jackson
 * (against the /api/events items), a GeoJSON structure check and an XML parser for Atom.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportFormatsTest {

  private final ObjectMapper json = new ObjectMapper();
  private TrickyEvents t;

  @BeforeAll
  void insert() {
    t = TrickyEvents.insert("formats");
  }

  @AfterAll
  void remove() {
    t.delete();
  }

  private byte[] download(String path) {
    Response r = given().get(path + "?actor=" + t.actorId);
    assertEquals(200, r.statusCode(), path + ": " + r.asString());
    assertTrue(r.header("Content-Disposition").startsWith("attachment"), path);
    return r.asByteArray();
  }

  @Test
  void csvIsUtf8WithBomAndKeepsCommasQuotesAndLineBreaks() throws Exception {
    byte[] bytes = download("/export/events.csv");
    assertEquals((byte) 0xEF, bytes[0]);
    assertEquals((byte) 0xBB, bytes[1]);
    assertEquals((byte) 0xBF, bytes[2]);
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    List<CSVRecord> rows;
    try (CSVParser p =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text))) {
      assertEquals(CsvEventWriter.HEADER, p.getHeaderNames());
      rows = p.getRecords();
    }
    assertEquals(2, rows.size(), "one row per event");
    CSVRecord week =
        rows.stream().filter(r -> r.get("date_precision").equals("week")).findFirst().orElseThrow();
    assertEquals(TrickyEvents.TITLE, week.get("title"));
    assertEquals(String.valueOf(t.weekEventId), week.get("id"));
    assertEquals("2022-10-02", week.get("date_start"));
    assertEquals("2022-10-08", week.get("date_end"));
    assertEquals("true", week.get("date_approximate"));
    assertEquals(TrickyEvents.ACTOR + "formats (participant)", week.get("actors"));
    assertEquals("export-test-formats.txt", week.get("sources"));
    assertEquals(TrickyEvents.SENTENCE, week.get("evidence"));
    assertEquals("باكو", week.get("place"));
    assertTrue(week.get("url").endsWith("/events/" + t.weekEventId));
  }

  @Test
  void jsonAndJsonLinesAreTheApiItems() throws Exception {
    JsonNode api =
        json.readTree(
            given()
                .get("/api/events?actor=" + t.actorId)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    JsonNode items = api.get("items");
    assertEquals(2, items.size());
    JsonNode array = json.readTree(download("/export/events.json"));
    assertTrue(array.isArray());
    assertEquals(items, array, "the export is the API's items, in the same order");
    String lines = new String(download("/export/events.jsonl"), StandardCharsets.UTF_8);
    List<JsonNode> parsed = new ArrayList<>();
    for (String line : lines.split("\n")) {
      parsed.add(json.readTree(line));
    }
    assertEquals(2, parsed.size(), "one line per event, the line break inside a title escaped");
    for (int i = 0; i < parsed.size(); i++) {
      assertEquals(items.get(i), parsed.get(i));
    }
    JsonNode week =
        parsed.stream()
            .filter(n -> n.get("id").asLong() == t.weekEventId)
            .findFirst()
            .orElseThrow();
    assertEquals(TrickyEvents.TITLE, week.get("title").asText());
    for (String field :
        List.of(
            "id",
            "type",
            "title",
            "status",
            "review",
            "confidence",
            "date",
            "actors",
            "location",
            "mentions")) {
      assertTrue(week.has(field), "contract field " + field);
    }
    for (String field :
        List.of("start", "end", "precision", "approximate", "text", "resolvedAgainst")) {
      assertTrue(week.get("date").has(field), "contract date field " + field);
    }
    assertEquals(TrickyEvents.SENTENCE, week.get("mentions").get(0).get("sentence").asText());
  }

  @Test
  void icalendarHasAllDayEventsOverTheIntervalWithPrecision() throws Exception {
    Calendar cal =
        new CalendarBuilder().build(new ByteArrayInputStream(download("/export/events.ics")));
    List<VEvent> events = cal.getComponents("VEVENT");
    assertEquals(2, events.size());
    VEvent week =
        events.stream()
            .filter(
                e ->
                    e.getUid()
                        .orElseThrow()
                        .getValue()
                        .equals("event-" + t.weekEventId + "@chronology"))
            .findFirst()
            .orElseThrow();
    assertEquals(LocalDate.of(2022, 10, 2), week.getDateTimeStart().getDate());
    assertEquals(LocalDate.of(2022, 10, 9), week.getDateTimeEnd().getDate(), "exclusive end");
    assertEquals("DATE", week.getDateTimeStart().getParameter("VALUE").orElseThrow().getValue());
    String summary = week.getSummary().getValue();
    assertTrue(summary.startsWith(TrickyEvents.TITLE), summary);
    assertTrue(summary.endsWith("[~week]"), summary);
    String description = week.getDescription().getValue();
    assertTrue(description.contains(TrickyEvents.SENTENCE), description);
    assertTrue(description.contains("/articles/" + t.articleId), "the source link");
    assertEquals("week", week.getProperty(IcsEventWriter.X_PRECISION).orElseThrow().getValue());
    assertEquals("TRUE", week.getProperty(IcsEventWriter.X_APPROXIMATE).orElseThrow().getValue());
    VEvent year = events.stream().filter(e -> e != week).findFirst().orElseThrow();
    assertEquals(LocalDate.of(2021, 1, 1), year.getDateTimeStart().getDate());
    assertEquals(LocalDate.of(2022, 1, 1), year.getDateTimeEnd().getDate());
    assertEquals("FALSE", year.getProperty(IcsEventWriter.X_APPROXIMATE).orElseThrow().getValue());
  }

  @Test
  void timelineDatesHaveTheirRealPrecision() throws Exception {
    JsonNode doc = json.readTree(download("/export/events.timeline.json"));
    assertNotNull(doc.get("title").get("text").get("headline"));
    JsonNode events = doc.get("events");
    assertEquals(2, events.size());
    for (JsonNode e : events) {
      JsonNode start = e.get("start_date");
      Set<String> fields = new TreeSet<>();
      start.fieldNames().forEachRemaining(fields::add);
      fields.remove("display_date");
      if (e.get("unique_id").asText().equals("event-" + t.yearEventId)) {
        assertEquals(Set.of("year"), fields, "a year-only event gives only its year");
        assertEquals(2021, start.get("year").asInt());
        assertFalse(e.has("end_date"), "the same year: no end");
        assertEquals(TrickyEvents.YEAR_TITLE, e.get("text").get("headline").asText());
      } else {
        assertEquals(Set.of("year", "month", "day"), fields);
        assertEquals(8, e.get("end_date").get("day").asInt());
        assertEquals("هذا الأسبوع", start.get("display_date").asText(), "approximate: the phrase");
        assertEquals(TrickyEvents.TITLE, e.get("text").get("headline").asText());
      }
    }
  }

  @Test
  void geoJsonHasOnlyEventsWithAKnownPlace() throws Exception {
    JsonNode doc = json.readTree(download("/export/events.geojson"));
    assertEquals("FeatureCollection", doc.get("type").asText());
    JsonNode features = doc.get("features");
    assertEquals(1, features.size(), "the event without a place is left out");
    JsonNode f = features.get(0);
    assertEquals("Feature", f.get("type").asText());
    assertEquals("Point", f.get("geometry").get("type").asText());
    JsonNode c = f.get("geometry").get("coordinates");
    assertEquals(2, c.size());
    double lon = c.get(0).asDouble();
    double lat = c.get(1).asDouble();
    assertEquals(Places.of("باكو").orElseThrow().longitude(), lon, 1e-9, "longitude first");
    assertEquals(Places.of("باكو").orElseThrow().latitude(), lat, 1e-9);
    assertTrue(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
    assertEquals(TrickyEvents.TITLE, f.get("properties").get("title").asText());
    assertEquals(t.weekEventId, f.get("id").asLong());
  }

  @Test
  void atomFeedListsTheActorsEvents() throws Exception {
    Response r = given().get("/feed/events.atom?actor=" + t.actorId);
    assertEquals(200, r.statusCode());
    assertTrue(r.contentType().startsWith("application/atom+xml"));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(r.asByteArray()));
    Element feed = doc.getDocumentElement();
    assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
    assertEquals("feed", feed.getLocalName());
    NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertEquals(2, entries.getLength());
    Set<String> titles = new TreeSet<>();
    for (int i = 0; i < entries.getLength(); i++) {
      Element e = (Element) entries.item(i);
      titles.add(
          e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
              .item(0)
              .getTextContent());
      assertEquals(
          1, e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").getLength());
    }
    assertEquals(new TreeSet<>(List.of(TrickyEvents.TITLE, TrickyEvents.YEAR_TITLE)), titles);
  }

  @Test
  void exportsTakeTheActorsNameAndRefuseUnknownParameters() {
    given()
        .get("/export/events.csv?actor=" + TrickyEvents.ACTOR + "formats")
        .then()
        .statusCode(200);
    given().get("/export/events.csv?yeer=2022").then().statusCode(400);
    given().get("/export/events.json?year=abc").then().statusCode(400);
  }

  @Test
  void theChronologyPageLinksToTheDownloadsWithItsFilters() {
    String html = Fetch.text("/?actor=" + t.actorId + "&utm_source=x");
    for (String ext : List.of("csv", "json", "jsonl", "ics", "timeline.json", "geojson")) {
      assertTrue(html.contains("href=\"/export/events." + ext + "?actor=" + t.actorId + "\""), ext);
    }
    assertTrue(html.contains("href=\"/feed/events.atom?actor=" + t.actorId + "\""));
  }
}
