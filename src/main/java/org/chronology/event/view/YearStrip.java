package org.chronology.event.view;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.chronology.event.Codes;
import org.chronology.event.query.EventViews.YearTypeCount;

/**
 * The year strip: one bar per year over the whole span (empty years included), stacked by event
 * type, laid out for an SVG whose time flows right to left in Arabic (oldest year on the right) and
 * left to right in English. Geometry is computed here; the template only draws it.
 */
public record YearStrip(
    int width, int height, int baseline, List<Bar> bars, int firstYear, int lastYear, long max) {

  /** Types in the order they are stacked, bottom up. */
  public static final List<String> TYPES = Codes.types();

  /** One year's bar. */
  public record Bar(
      int year,
      long total,
      double x,
      double width,
      double labelX,
      boolean selected,
      boolean labelled,
      String href,
      List<Segment> segments) {}

  /** One type's share of a bar. */
  public record Segment(String type, long count, double y, double height) {}

  static final int WIDTH = 960;
  static final int HEIGHT = 132;
  static final int BASELINE = 104;
  static final int BAR_AREA = 92;

  /** Room at both ends so that the first and last labels are not cut. */
  static final int MARGIN = 24;

  /** The strip shows at least this many years. */
  static final int MIN_YEARS = 11;

  /** Labels closer than this (viewBox units) to an already placed one are left out. */
  static final int LABEL_GAP = 56;

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  /** One type's segments over all the bars, drawn as a single SVG path. */
  public record TypePath(String type, String d) {}

  /**
   * The bars' segments, one path per type (a rectangle per bar in its {@code d}): some eight
   * elements in the first HTML instead of one per year and type, each to be parsed, styled and laid
   * out before the first paint. The bars' links keep their hit areas, titles and labels.
   */
  public List<TypePath> paths() {
    Map<String, StringBuilder> byType = new LinkedHashMap<>();
    for (String type : TYPES) {
      byType.put(type, new StringBuilder());
    }
    for (Bar b : bars) {
      for (Segment s : b.segments()) {
        StringBuilder d = byType.computeIfAbsent(s.type(), k -> new StringBuilder());
        d.append('M')
            .append(num(b.x()))
            .append(' ')
            .append(num(s.y()))
            .append('h')
            .append(num(b.width()))
            .append('v')
            .append(num(s.height()))
            .append('h')
            .append(num(-b.width()))
            .append('z');
      }
    }
    List<TypePath> out = new ArrayList<>();
    byType.forEach(
        (type, d) -> {
          if (d.length() > 0) {
            out.add(new TypePath(type, d.toString()));
          }
        });
    return out;
  }

  /** A coordinate without a needless ".0". */
  private static String num(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * @param counts events per year and type
   * @param selected the year shown, or null
   * @param rightToLeft oldest year on the right
   * @param href link of a year's bar
   */
  public static YearStrip of(
      List<YearTypeCount> counts, Integer selected, boolean rightToLeft, IntFunction<String> href) {
    return of(counts, selected, rightToLeft, href, java.time.Year.now(ZoneOffset.UTC).getValue());
  }

  /**
   * The strip; widening a short span never adds years after {@code currentYear} (a year with
   * events, such as planned ones, is always shown).
   */
  public static YearStrip of(
      List<YearTypeCount> counts,
      Integer selected,
      boolean rightToLeft,
      IntFunction<String> href,
      int currentYear) {
    if (counts.isEmpty()) {
      return new YearStrip(WIDTH, HEIGHT, BASELINE, List.of(), 0, 0, 0);
    }
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    Map<Integer, Map<String, Long>> byYear = new LinkedHashMap<>();
    for (YearTypeCount c : counts) {
      first = Math.min(first, c.year());
      last = Math.max(last, c.year());
      byYear
          .computeIfAbsent(c.year(), k -> new LinkedHashMap<>())
          .merge(c.type(), c.count(), Long::sum);
    }
    long max = 1;
    for (Map<String, Long> m : byYear.values()) {
      max = Math.max(max, m.values().stream().mapToLong(Long::longValue).sum());
    }
    // A short span is widened to a decade of context, so that one busy year is not one huge bar.
    if (last - first + 1 < MIN_YEARS) {
      int missing = MIN_YEARS - (last - first + 1);
      int after = Math.max(0, Math.min(missing - missing / 2, currentYear - last));
      last += after;
      first -= missing - after;
    }
    int n = last - first + 1;
    double slot = (double) (WIDTH - 2 * MARGIN) / n;
    double barWidth = Math.max(1, slot * 0.8);
    int every = n <= 16 ? 1 : n <= 40 ? 5 : n <= 120 ? 10 : 50;
    List<Bar> bars = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      int i = year - first;
      double x =
          rightToLeft
              ? WIDTH - MARGIN - (i + 1) * slot + (slot - barWidth) / 2
              : MARGIN + i * slot + (slot - barWidth) / 2;
      Map<String, Long> m = byYear.getOrDefault(year, Map.of());
      long total = m.values().stream().mapToLong(Long::longValue).sum();
      List<Segment> segments = new ArrayList<>();
      double y = BASELINE;
      for (String type : TYPES) {
        long c = m.getOrDefault(type, 0L);
        if (c > 0) {
          double h = Math.max(2, (double) BAR_AREA * c / max);
          y -= h;
          segments.add(new Segment(type, c, round(y), round(h)));
        }
      }
      boolean isSelected = selected != null && selected == year;
      bars.add(
          new Bar(
              year,
              total,
              round(x),
              round(barWidth),
              round(x + barWidth / 2),
              isSelected,
              false,
              href.apply(year),
              segments));
    }
    return new YearStrip(
        WIDTH, HEIGHT, BASELINE, label(bars, first, last, every), first, last, max);
  }

  /** Chooses the year labels: the selected year, then the ends, then round years, never crowded. */
  private static List<Bar> label(List<Bar> bars, int first, int last, int every) {
    List<Bar> byPriority = new ArrayList<>(bars);
    byPriority.sort(
        java.util.Comparator.comparingInt(
            b ->
                b.selected()
                    ? 0
                    : b.year() == first || b.year() == last ? 1 : b.year() % every == 0 ? 2 : 3));
    List<Double> placed = new ArrayList<>();
    java.util.Set<Integer> labelled = new java.util.HashSet<>();
    for (Bar b : byPriority) {
      boolean wanted =
          b.selected() || b.year() == first || b.year() == last || b.year() % every == 0;
      if (!wanted) {
        continue;
      }
      boolean free = placed.stream().allMatch(x -> Math.abs(x - b.labelX()) >= LABEL_GAP);
      if (free) {
        placed.add(b.labelX());
        labelled.add(b.year());
      }
    }
    List<Bar> out = new ArrayList<>();
    for (Bar b : bars) {
      out.add(
          new Bar(
              b.year(),
              b.total(),
              b.x(),
              b.width(),
              b.labelX(),
              b.selected(),
              labelled.contains(b.year()),
              b.href(),
              b.segments()));
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
