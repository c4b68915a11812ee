package org.chronology.event.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronology.event.query.TimeAxisQuery.AxisEvent;
import org.chronology.event.query.TimeAxisQuery.BucketCount;
import org.chronology.event.view.TimeAxis.LaneSpec;
import org.chronology.event.view.TimeAxis.Linker;
import org.chronology.event.view.TimeAxis.Links;
import org.chronology.event.view.TimeAxis.Mark;
import org.chronology.web.BadParameterException;
import org.junit.jupiter.api.Test;

/** The axis's windows and geometry, without a database. */
class TimeAxisTest {

  static final Linker LINKER =
      new Linker() {
        @Override
        public String zoom(TimeWindow w) {
          return "/?zoom=" + w.code();
        }

        @Override
        public String pick(LocalDate start, LocalDate lastDay) {
          return "/?pick=" + start;
        }
      };

  static final Links LINKS = new Links(null, null, null, null, "/", null, null, "/story");

  /** An event of no lane actor; dates as ISO text, the end null for a point. */
  static AxisEvent event(
      long id,
      String type,
      String title,
      String start,
      String end,
      String precision,
      boolean approx) {
    LocalDate to = end == null ? null : LocalDate.parse(end);
    return new AxisEvent(id, type, title, LocalDate.parse(start), to, precision, approx, List.of());
  }

  static final List<LaneSpec> TYPES =
      List.of(
          new LaneSpec("visit", "visit", "en", false),
          new LaneSpec("meeting", "meeting", "en", false));

  @Test
  void zoomValuesParseToDecadeYearAndMonth() {
    assertEquals(TimeWindow.Level.DECADE, TimeWindow.parse("2020s").level());
    assertEquals(LocalDate.of(2030, 1, 1), TimeWindow.parse("2020s").end());
    assertEquals(TimeWindow.year(2022), TimeWindow.parse("2022"));
    assertEquals(LocalDate.of(2022, 11, 1), TimeWindow.parse("2022-10").end());
    for (String bad : List.of("2021s", "22", "2022-13", "2022-00", "abc", "0000")) {
      BadParameterException e =
          assertThrows(BadParameterException.class, () -> TimeWindow.parse(bad), bad);
      assertEquals("zoom", e.parameter());
    }
  }

  @Test
  void windowsZoomOutAndMove() {
    TimeWindow m = TimeWindow.month(2022, 12);
    assertEquals("2023-01", m.next().code());
    assertEquals("2022", m.out().code());
    assertEquals("2020s", m.out().out().code());
    assertNull(m.out().out().out());
    assertEquals("2010s", TimeWindow.decade(2020).previous().code());
    assertEquals(31, m.buckets().size());
    assertEquals(12, TimeWindow.year(2022).buckets().size());
    assertEquals(10, TimeWindow.decade(2024).buckets().size());
  }

  @Test
  void windowIsDerivedFromYearOrSpanOrNewest() {
    assertEquals("2022", TimeWindow.derive(2022, null, null, 1999).code());
    assertEquals(
        "2022-10",
        TimeWindow.derive(null, LocalDate.of(2022, 10, 2), LocalDate.of(2022, 10, 20), null)
            .code());
    assertEquals(
        "2022",
        TimeWindow.derive(null, LocalDate.of(2022, 1, 2), LocalDate.of(2022, 10, 20), null).code());
    assertEquals("1990s", TimeWindow.derive(null, null, null, 1995).code());
  }

  @Test
  void timeRunsRightToLeftInArabicAndLeftToRightInEnglish() {
    TimeWindow w = TimeWindow.year(2022);
    List<AxisEvent> events =
        List.of(
            event(1, "visit", "a", "2022-02-01", null, "day", false),
            event(2, "visit", "b", "2022-09-01", "2022-09-30", "month", true),
            event(3, "meeting", "c", "2022-01-01", "2022-12-31", "year", false));
    TimeAxis rtl =
        TimeAxis.ofEvents(w, "2022", TYPES, events, b -> "", null, 0, true, LINKER, LINKS);
    TimeAxis ltr =
        TimeAxis.ofEvents(w, "2022", TYPES, events, b -> "", null, 0, false, LINKER, LINKS);
    Mark feb = rtl.lanes().get(0).marks().get(0);
    Mark sep = rtl.lanes().get(0).marks().get(1);
    assertTrue(feb.cx() > sep.cx(), "earlier on the right in Arabic");
    Mark febL = ltr.lanes().get(0).marks().get(0);
    Mark sepL = ltr.lanes().get(0).marks().get(1);
    assertTrue(febL.cx() < sepL.cx(), "earlier on the left in English");
    assertEquals("point", feb.shape());
    assertEquals("bar", sep.shape());
    assertTrue(sep.approximate());
    assertEquals("year", rtl.lanes().get(1).marks().get(0).shape(), "year-only has its own mark");
    // A month-long bar is about a twelfth of the width, mirrored but the same size.
    assertEquals(sep.width(), sepL.width(), 0.01);
    assertTrue(sep.width() > 6 && sep.width() < 10, "width " + sep.width());
    assertEquals(100.0, sep.x() + sep.width() + sepL.x(), 0.05);
  }

  @Test
  void overlappingEventsGoOnSeparateRows() {
    TimeWindow w = TimeWindow.month(2022, 10);
    List<AxisEvent> events =
        List.of(
            event(1, "visit", "a", "2022-10-01", "2022-10-09", "day", false),
            event(2, "visit", "b", "2022-10-03", null, "day", false),
            event(3, "visit", "c", "2022-10-20", null, "day", false));
    TimeAxis a = TimeAxis.ofEvents(w, "", TYPES, events, b -> "", null, 0, false, LINKER, LINKS);
    List<Mark> marks = a.lanes().get(0).marks();
    assertTrue(marks.get(1).y() > marks.get(0).y(), "the day inside the range goes below it");
    assertEquals(marks.get(0).y(), marks.get(2).y(), "a later event reuses the first row");
    assertEquals(1, a.lanes().size(), "lanes without events are left out");
  }

  @Test
  void zoomedOutCountsLinkToTheFinerLevel() {
    TimeWindow w = TimeWindow.decade(2020);
    List<BucketCount> counts =
        List.of(
            new BucketCount("visit", 2021, 40),
            new BucketCount("visit", 2022, 400),
            new BucketCount("meeting", 2022, 7));
    TimeAxis a = TimeAxis.ofCounts(w, "", TYPES, counts, b -> "", null, 3, true, LINKER, LINKS);
    assertTrue(a.aggregated());
    assertEquals(447, a.inWindow());
    assertEquals(2, a.lanes().size());
    var visit = a.lanes().get(0).cells();
    assertEquals(List.of(40L, 400L), visit.stream().map(TimeAxis.Cell::count).toList());
    assertEquals("/?zoom=2022", visit.get(1).href());
    assertTrue(visit.get(1).opacity() > visit.get(0).opacity(), "more events, darker");
    assertTrue(visit.get(0).x() > visit.get(1).x(), "2021 right of 2022 in Arabic");
    assertEquals(3, a.undated());
  }
}
