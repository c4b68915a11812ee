package org.chronology.event.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.chronology.event.query.EventViews.YearTypeCount;
import org.junit.jupiter.api.Test;

class YearStripTest {

  private static List<YearTypeCount> counts() {
    List<YearTypeCount> out = new ArrayList<>();
    for (int y = 1948; y <= 2023; y += 3) {
      out.add(new YearTypeCount(y, "visit", y % 7 + 1));
      out.add(new YearTypeCount(y, "deal", 2));
    }
    return out;
  }

  @Test
  void timeFlowsRightToLeftInArabicAndLeftToRightInEnglish() {
    YearStrip rtl = YearStrip.of(counts(), null, true, y -> "/?year=" + y);
    YearStrip ltr = YearStrip.of(counts(), null, false, y -> "/?year=" + y);
    YearStrip.Bar firstRtl = rtl.bars().get(0);
    YearStrip.Bar lastRtl = rtl.bars().get(rtl.bars().size() - 1);
    assertTrue(firstRtl.x() > lastRtl.x(), "oldest year on the right");
    assertTrue(ltr.bars().get(0).x() < ltr.bars().get(ltr.bars().size() - 1).x());
  }

  @Test
  void everyYearOfTheSpanHasASlotAndBarsStackByType() {
    YearStrip s = YearStrip.of(counts(), 1951, true, y -> "/?year=" + y);
    assertEquals(2023 - 1948 + 1, s.bars().size());
    YearStrip.Bar b1951 = s.bars().get(1951 - 1948);
    assertEquals(2, b1951.segments().size());
    assertEquals(b1951.total(), 1951 % 7 + 1 + 2);
    assertTrue(b1951.selected() && b1951.labelled());
    assertEquals("/?year=1951", b1951.href());
    assertEquals(0, s.bars().get(1).total(), "an empty year keeps its place");
    for (YearStrip.Bar b : s.bars()) {
      double top =
          b.segments().stream().mapToDouble(YearStrip.Segment::y).min().orElse(s.baseline());
      assertTrue(top >= 0 && top <= s.baseline());
    }
  }

  @Test
  void theSegmentsAreOnePathPerTypeWithARectangleForEachBar() {
    YearStrip s = YearStrip.of(counts(), null, true, y -> "");
    List<YearStrip.TypePath> paths = s.paths();
    assertEquals(
        List.of("visit", "deal"),
        paths.stream().map(YearStrip.TypePath::type).toList(),
        "only the types present, in the stacking order");
    long withEvents = s.bars().stream().filter(b -> b.total() > 0).count();
    for (YearStrip.TypePath p : paths) {
      assertEquals(withEvents, p.d().chars().filter(c -> c == 'M').count(), p.type());
      assertEquals(withEvents, p.d().chars().filter(c -> c == 'z').count(), p.type());
    }
    YearStrip.Bar b = s.bars().get(1951 - 1948);
    YearStrip.Segment visit = b.segments().get(0);
    String rect =
        "M"
            + b.x()
            + " "
            + visit.y()
            + "h"
            + b.width()
            + "v"
            + visit.height()
            + "h-"
            + b.width()
            + "z";
    assertTrue(
        paths
            .get(0)
            .d()
            .contains(
                rect.replace(".0 ", " ")
                    .replace(".0h", "h")
                    .replace(".0v", "v")
                    .replace(".0z", "z")),
        "the visit segment of 1951 as a closed rectangle: " + rect);
    assertTrue(YearStrip.of(List.of(), null, true, y -> "").paths().isEmpty());
  }

  @Test
  void barsAndLabelsStayInsideTheMarginsInBothDirections() {
    for (boolean rtl : new boolean[] {true, false}) {
      YearStrip s = YearStrip.of(counts(), null, rtl, y -> "");
      for (YearStrip.Bar b : s.bars()) {
        assertTrue(b.x() >= YearStrip.MARGIN - 0.01, b + " starts inside the left margin");
        assertTrue(
            b.x() + b.width() <= YearStrip.WIDTH - YearStrip.MARGIN + 0.01,
            b + " ends inside the right margin");
        assertTrue(
            b.labelX() >= YearStrip.MARGIN && b.labelX() <= YearStrip.WIDTH - YearStrip.MARGIN);
      }
    }
  }

  @Test
  void labelsNeverOverlap() {
    YearStrip s = YearStrip.of(counts(), 2022, true, y -> "");
    List<Double> xs =
        s.bars().stream().filter(YearStrip.Bar::labelled).map(YearStrip.Bar::labelX).toList();
    for (int i = 0; i < xs.size(); i++) {
      for (int j = i + 1; j < xs.size(); j++) {
        assertTrue(Math.abs(xs.get(i) - xs.get(j)) >= YearStrip.LABEL_GAP);
      }
    }
  }

  @Test
  void aSingleYearIsShownWithContextAndNoDataIsEmpty() {
    YearStrip s = YearStrip.of(List.of(new YearTypeCount(2022, "visit", 5)), 2022, true, y -> "");
    assertEquals(YearStrip.MIN_YEARS, s.bars().size());
    assertTrue(s.firstYear() < 2022 && s.lastYear() > 2022);
    assertTrue(YearStrip.of(List.of(), null, true, y -> "").isEmpty());
    assertFalse(s.isEmpty());
  }

  @Test
  void wideningAShortSpanNeverRunsIntoFutureYearsButYearsWithEventsStay() {
    List<YearTypeCount> recent = List.of(new YearTypeCount(2022, "visit", 3));
    YearStrip s = YearStrip.of(recent, null, true, y -> "", 2024);
    int last = s.bars().get(s.bars().size() - 1).year();
    assertEquals(2024, last, "the strip stops at the current year");
    assertEquals(YearStrip.MIN_YEARS, s.bars().size(), "as many years, taken from the past");
    List<YearTypeCount> planned =
        List.of(new YearTypeCount(2022, "visit", 3), new YearTypeCount(2026, "meeting", 1));
    YearStrip p = YearStrip.of(planned, null, true, y -> "", 2024);
    assertEquals(2026, p.bars().get(p.bars().size() - 1).year(), "a planned event's year stays");
  }
}
