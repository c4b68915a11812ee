package org.chronology.event.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.chronology.event.query.TimeAxisQuery.AxisEvent;
import org.chronology.event.query.TimeAxisQuery.BucketCount;
import org.chronology.web.Dated;

/**
 * The zoomable time axis, laid out for an SVG whose horizontal positions are percentages of its
 * width (so text keeps its size on a phone) and whose height is fixed in pixels (so nothing moves
 * when it loads). Time runs right to left in Arabic and left to right in English. Either counts per
 * bucket and lane (zoomed out, any archive size) or the events themselves (few in the window).
 * Geometry is computed here; the template only draws it.
 */
public record TimeAxis(
    TimeWindow window,
    String heading,
    boolean rightToLeft,
    boolean aggregated,
    int height,
    int ticksY,
    int pickY,
    List<Lane> lanes,
    List<Tick> ticks,
    Selection selection,
    long inWindow,
    long undated,
    Links links) {

  /** Pixels: one row of marks, the gap under a lane (a type lane's label sits in its first row). */
  static final int ROW = 14;

  /**
   * Pixels: an actor lane's label row, above its marks; in the first row it hid the marks of the
   * window's first years under the actor's name.
   */
  static final int LABEL = 18;

  static final int LANE_GAP = 4;
  static final int TICKS = 20;
  static final int PICK = 14;

  /** At most this many rows of marks per lane; further overlapping events share the last one. */
  static final int MAX_ROWS = 3;

  /** Percent of the width left free at both ends. */
  static final double MARGIN = 1.0;

  /** Precisions drawn as "only the year (or less) is known": a dashed outline, never a day. */
  static final java.util.Set<String> COARSE = java.util.Set.of("year", "decade", "century");

  /** A lane: an event type or an actor. */
  public record Lane(
      String key,
      String label,
      String lang,
      boolean actor,
      int y,
      int height,
      List<Cell> cells,
      List<Mark> marks) {
    public int labelY() {
      return y + ROW - 2;
    }
  }

  /** What a lane is: its key (type code or actor id), label and the label's language. */
  public record LaneSpec(String key, String label, String lang, boolean actor) {}

  /** A bucket's count in one lane, zoomed out: a link that zooms into the bucket. */
  public record Cell(
      double x,
      double width,
      double textX,
      int y,
      int height,
      long count,
      double opacity,
      String href,
      String bucketLabel) {}

  /** One event: a point (a known day), a bar (a range), dashed when only the year is known. */
  public record Mark(
      long id,
      String type,
      String title,
      String shape,
      boolean approximate,
      boolean shared,
      double x,
      double width,
      double cx,
      int y,
      LocalDate start,
      LocalDate end,
      String precision)
      implements Dated {
    public int cy() {
      return y + ROW / 2 - 1;
    }
  }

  /** A bucket along the bottom: its label (a zoom-in link when there is a finer level). */
  public record Tick(
      double x,
      double width,
      double labelX,
      String label,
      boolean minor,
      String zoomHref,
      String pickHref,
      LocalDate start,
      LocalDate lastDay) {}

  /** The span chosen as {@code from}–{@code to}, or being chosen ({@code pick}). */
  public record Selection(double x, double width, boolean pending) {}

  /** Where the axis's controls go. */
  public record Links(
      String outHref,
      String outLabel,
      String previousHref,
      String nextHref,
      String spanHref,
      String cancelPickHref,
      LocalDate pick,
      String storyHref) {}

  /** Builds links from states of the axis. */
  public interface Linker {
    String zoom(TimeWindow w);

    /** The page with {@code pick} (a span's first end) set, or with from/to when one is picked. */
    String pick(LocalDate start, LocalDate lastDay);
  }

  public boolean isEmpty() {
    return lanes.stream().allMatch(l -> l.cells().isEmpty() && l.marks().isEmpty());
  }

  /** Where lane labels start: the right edge in Arabic, the left in English. */
  public int labelX() {
    return rightToLeft ? 99 : 1;
  }

  public long startDay() {
    return window.start().toEpochDay();
  }

  public long days() {
    return window.days();
  }

  /** Zoomed out: counts per bucket and lane. */
  public static TimeAxis ofCounts(
      TimeWindow window,
      String heading,
      List<LaneSpec> specs,
      List<BucketCount> counts,
      Function<TimeWindow, String> tickLabel,
      Selection selection,
      long undated,
      boolean rtl,
      Linker linker,
      Links links) {
    List<TimeWindow> buckets = window.buckets();
    Map<String, Map<Integer, Long>> byLane = new LinkedHashMap<>();
    long max = 1;
    long total = 0;
    for (BucketCount c : counts) {
      byLane
          .computeIfAbsent(c.lane(), k -> new LinkedHashMap<>())
          .merge(c.bucket(), c.count(), Long::sum);
      total += c.count();
    }
    for (Map<Integer, Long> m : byLane.values()) {
      for (long v : m.values()) {
        max = Math.max(max, v);
      }
    }
    List<Lane> lanes = new ArrayList<>();
    int y = 4;
    for (LaneSpec s : visible(specs, byLane.keySet())) {
      int top = s.actor() ? y + LABEL : y;
      List<Cell> cells = new ArrayList<>();
      Map<Integer, Long> m = byLane.getOrDefault(s.key(), Map.of());
      for (int i = 0; i < buckets.size(); i++) {
        TimeWindow b = buckets.get(i);
        long n =
            m.getOrDefault(b.level() == null ? b.start().getDayOfMonth() : bucketNumber(b), 0L);
        if (n == 0) {
          continue;
        }
        double[] xw = span(window, b.start(), b.end(), rtl);
        double opacity = 0.2 + 0.8 * Math.log1p(n) / Math.log1p(max);
        cells.add(
            new Cell(
                round(xw[0] + 0.1),
                round(Math.max(0.2, xw[1] - 0.2)),
                round(xw[0] + xw[1] / 2),
                top,
                ROW + 2,
                n,
                round(opacity),
                b.level() == null ? linker.pick(b.start(), b.start()) : linker.zoom(b),
                tickLabel.apply(b)));
      }
      int h = top - y + ROW + 2;
      lanes.add(new Lane(s.key(), s.label(), s.lang(), s.actor(), y, h, cells, List.of()));
      y += h + LANE_GAP;
    }
    return finish(
        window, heading, rtl, true, y, lanes, tickLabel, selection, total, undated, linker, links);
  }

  /** Zoomed in: every event in the window at its interval. */
  public static TimeAxis ofEvents(
      TimeWindow window,
      String heading,
      List<LaneSpec> specs,
      List<AxisEvent> events,
      Function<TimeWindow, String> tickLabel,
      Selection selection,
      long undated,
      boolean rtl,
      Linker linker,
      Links links) {
    boolean byActor = specs.stream().anyMatch(LaneSpec::actor);
    Map<String, List<AxisEvent>> byLane = new LinkedHashMap<>();
    for (AxisEvent e : events) {
      if (byActor) {
        for (Long a : e.laneActors()) {
          byLane.computeIfAbsent(String.valueOf(a), k -> new ArrayList<>()).add(e);
        }
      } else {
        byLane.computeIfAbsent(e.type(), k -> new ArrayList<>()).add(e);
      }
    }
    List<Lane> lanes = new ArrayList<>();
    int y = 4;
    for (LaneSpec s : visible(specs, byLane.keySet())) {
      List<AxisEvent> es = byLane.getOrDefault(s.key(), List.of());
      int top = s.actor() ? y + LABEL : y;
      // Rows: each event goes in the first row whose last mark ends before it starts.
      List<Double> rowEnds = new ArrayList<>();
      List<Mark> marks = new ArrayList<>();
      List<Integer> rows = new ArrayList<>();
      for (AxisEvent e : es) {
        LocalDate end = e.end() == null ? e.start() : e.end();
        double[] xw = span(window, e.start(), end.plusDays(1), rtl);
        double from = rtl ? 100 - xw[0] - xw[1] : xw[0];
        double to = from + Math.max(xw[1], 1.2);
        int row = -1;
        for (int r = 0; r < rowEnds.size(); r++) {
          if (rowEnds.get(r) <= from) {
            row = r;
            break;
          }
        }
        if (row < 0) {
          if (rowEnds.size() < MAX_ROWS) {
            rowEnds.add(to);
            row = rowEnds.size() - 1;
          } else {
            row = MAX_ROWS - 1;
          }
        }
        rowEnds.set(row, Math.max(rowEnds.get(row), to));
        rows.add(row);
        String shape =
            COARSE.contains(e.precision()) ? "year" : end.isAfter(e.start()) ? "bar" : "point";
        marks.add(
            new Mark(
                e.id(),
                e.type(),
                e.title(),
                shape,
                e.approximate(),
                byActor && e.laneActors().size() > 1,
                round(xw[0]),
                round(Math.max(xw[1], 0.6)),
                round(xw[0] + xw[1] / 2),
                top + row * ROW,
                e.start(),
                end,
                e.precision()));
      }
      int h = top - y + Math.max(1, rowEnds.size()) * ROW + 2;
      lanes.add(new Lane(s.key(), s.label(), s.lang(), s.actor(), y, h, List.of(), marks));
      y += h + LANE_GAP;
    }
    return finish(
        window,
        heading,
        rtl,
        false,
        y,
        lanes,
        tickLabel,
        selection,
        events.size(),
        undated,
        linker,
        links);
  }

  private static TimeAxis finish(
      TimeWindow window,
      String heading,
      boolean rtl,
      boolean aggregated,
      int lanesHeight,
      List<Lane> lanes,
      Function<TimeWindow, String> tickLabel,
      Selection selection,
      long inWindow,
      long undated,
      Linker linker,
      Links links) {
    List<Tick> ticks = new ArrayList<>();
    List<TimeWindow> buckets = window.buckets();
    for (int i = 0; i < buckets.size(); i++) {
      TimeWindow b = buckets.get(i);
      double[] xw = span(window, b.start(), b.end(), rtl);
      // On a phone only every fifth day of a month keeps its label (CSS hides the minor ones).
      boolean minor = b.level() == null && i % 5 != 0;
      ticks.add(
          new Tick(
              round(xw[0]),
              round(xw[1]),
              round(xw[0] + xw[1] / 2),
              tickLabel.apply(b),
              minor,
              b.level() == null ? null : linker.zoom(b),
              linker.pick(b.start(), b.lastDay()),
              b.start(),
              b.lastDay()));
    }
    int ticksY = lanesHeight + 14;
    int pickY = lanesHeight + TICKS;
    return new TimeAxis(
        window,
        heading,
        rtl,
        aggregated,
        pickY + PICK + 2,
        ticksY,
        pickY,
        lanes,
        ticks,
        selection,
        inWindow,
        undated,
        links);
  }

  /** The lanes to draw: those with something in the window, or the first when none has. */
  private static List<LaneSpec> visible(List<LaneSpec> specs, java.util.Set<String> used) {
    List<LaneSpec> out = new ArrayList<>();
    for (LaneSpec s : specs) {
      // Chosen actors keep their lane even when empty: an empty lane is an answer.
      if (s.actor() || used.contains(s.key())) {
        out.add(s);
      }
    }
    if (out.isEmpty() && !specs.isEmpty()) {
      out.add(specs.get(0));
    }
    return out;
  }

  private static int bucketNumber(TimeWindow b) {
    return b.level() == TimeWindow.Level.YEAR ? b.start().getYear() : b.start().getMonthValue();
  }

  /**
   * Where [{@code start}, {@code end}) sits in the window, as percent x and width of the full
   * width, clamped to the window; mirrored when time runs right to left.
   */
  public static double[] span(TimeWindow w, LocalDate start, LocalDate end, boolean rtl) {
    double days = w.days();
    double a = Math.max(0, start.toEpochDay() - w.start().toEpochDay()) / days;
    double b = Math.min(days, end.toEpochDay() - w.start().toEpochDay()) / days;
    b = Math.max(a, b);
    double inner = 100 - 2 * MARGIN;
    double x = MARGIN + a * inner;
    double width = (b - a) * inner;
    if (rtl) {
      x = 100 - x - width;
    }
    return new double[] {x, width};
  }

  static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
