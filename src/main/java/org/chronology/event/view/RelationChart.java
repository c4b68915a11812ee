package org.chronology.event.view;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chronology.event.query.EventViews.YearCount;

/**
 * An actor and one co-actor over the years: per year, all the actor's events (light bar) and those
 * shared with the co-actor (dark bar in front), for a small SVG. Oldest year on the right in
 * Arabic.
 */
public record RelationChart(int width, int height, int baseline, List<Bar> bars) {

  /** One year. */
  public record Bar(
      int year,
      long all,
      long shared,
      double x,
      double width,
      double labelX,
      double allY,
      double allHeight,
      double sharedY,
      double sharedHeight,
      boolean labelled) {}

  static final int WIDTH = 640;
  static final int HEIGHT = 120;
  static final int BASELINE = 100;
  static final int AREA = 90;
  static final int MARGIN = 16;

  /** At most this many years, the newest, so that a long career still reads. */
  static final int MAX_YEARS = 40;

  public boolean isEmpty() {
    return bars.isEmpty();
  }

  public static RelationChart of(List<YearCount> all, List<YearCount> shared, boolean rtl) {
    if (all.isEmpty()) {
      return new RelationChart(WIDTH, HEIGHT, BASELINE, List.of());
    }
    Map<Integer, Long> a = new HashMap<>();
    Map<Integer, Long> s = new HashMap<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    long max = 1;
    for (YearCount c : all) {
      a.put(c.year(), c.count());
      first = Math.min(first, c.year());
      last = Math.max(last, c.year());
      max = Math.max(max, c.count());
    }
    for (YearCount c : shared) {
      s.put(c.year(), c.count());
    }
    first = Math.max(first, last - MAX_YEARS + 1);
    int n = last - first + 1;
    double slot = (double) (WIDTH - 2 * MARGIN) / n;
    double w = Math.max(1, slot * 0.75);
    int every = n <= 12 ? 1 : n <= 30 ? 5 : 10;
    List<Bar> bars = new ArrayList<>();
    for (int y = first; y <= last; y++) {
      int i = y - first;
      double x =
          rtl
              ? WIDTH - MARGIN - (i + 1) * slot + (slot - w) / 2
              : MARGIN + i * slot + (slot - w) / 2;
      long av = a.getOrDefault(y, 0L);
      long sv = Math.min(av, s.getOrDefault(y, 0L));
      double ah = av == 0 ? 0 : Math.max(2, (double) AREA * av / max);
      double sh = sv == 0 ? 0 : Math.max(2, (double) AREA * sv / max);
      bars.add(
          new Bar(
              y,
              av,
              sv,
              r(x),
              r(w),
              r(x + w / 2),
              r(BASELINE - ah),
              r(ah),
              r(BASELINE - sh),
              r(sh),
              y == first || y == last || y % every == 0));
    }
    return new RelationChart(WIDTH, HEIGHT, BASELINE, bars);
  }

  private static double r(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
