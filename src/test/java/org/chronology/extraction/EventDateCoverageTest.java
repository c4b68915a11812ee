package org.chronology.extraction;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.chronology.time.DetectedDate;
import org.chronology.time.Precision;
import org.chronology.time.PublicationDateDetector;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which date an article's one happening takes, and its interval ({@code
 * extraction/event-date-coverage.tsv}, short articles of our own): the sentence's date against the
 * headline's and the lead's, «أمس» and weekdays against the article's own date, past and future
 * weekdays, periods as intervals, stays of several days, recaps, standing states told with «منذ»,
 * Hijri dates, datelines abroad, planned happenings within a span; articles dated only by their
 * masthead or dateline, parts of periods, ranges, seasons, and a sentence with two dates.
 */
class EventDateCoverageTest {

  record Row(
      int line,
      LocalDate published,
      String text,
      String start,
      LocalDate end,
      Precision precision,
      boolean approximate) {

    @Override
    public String toString() {
      return line + ": " + text;
    }
  }

  static List<Row> load() {
    List<Row> rows = new java.util.ArrayList<>();
    for (CoverageTable.Row r : CoverageTable.read("/extraction/event-date-coverage.tsv", 0)) {
      String[] c = r.cells();
      boolean dated = c.length > 3;
      rows.add(
          new Row(
              r.line(),
              published(c[0], c[1].replace(" ¶ ", "\n\n")),
              c[1].replace(" ¶ ", "\n\n"),
              c[2],
              dated ? LocalDate.parse(c[3]) : null,
              dated ? Precision.valueOf(c[4]) : null,
              c.length > 5 && c[5].contains("approx")));
    }
    return rows;
  }

  /**
   * The row's publication date: none, a date, or "header" for an article without metadata whose
   * masthead or dateline prints it (read as the corpus reader reads it).
   */
  private static LocalDate published(String cell, String text) {
    return switch (cell) {
      case "none" -> null;
      case "header" ->
          PublicationDateDetector.standard().detect(text).map(DetectedDate::date).orElse(null);
      default -> LocalDate.parse(cell);
    };
  }

  static Stream<Arguments> rows() throws IOException {
    return load().stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theHappeningTakesTheGuidesDate(Row row) {
    List<ExtractedEvent> events = Fixtures.extract(row.text(), row.published());
    if (row.start().equals("none")) {
      Assertions.assertEquals(List.of(), events, "no event expected");
      return;
    }
    Assertions.assertFalse(events.isEmpty(), "no event");
    for (ExtractedEvent e : events) {
      DateValue d = e.date();
      if (row.start().equals("-")) {
        Assertions.assertTrue(d == null || !d.known(), "undated expected: " + events);
        continue;
      }
      String got =
          d == null
              ? "no date"
              : d.start() + ".." + d.end() + " " + d.precision() + (d.approximate() ? " ~" : "");
      String want =
          row.start() + ".." + row.end() + " " + row.precision() + (row.approximate() ? " ~" : "");
      Assertions.assertEquals(want, got, events.toString());
    }
  }

  @Test
  void coversAboutSixtyArticles() throws IOException {
    Assertions.assertTrue(load().size() >= 55, "rows: " + load().size());
  }
}
