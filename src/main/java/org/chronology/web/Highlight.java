package org.chronology.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Cuts a text into plain and marked segments, for {@code <mark>} highlighting in templates. */
public final class Highlight {

  /** A span to mark: offsets into the whole text; {@code kind} names the CSS class. */
  public record Mark(int start, int end, String kind, Long eventId) {}

  /** A piece of text, marked when {@code kind} is not null. */
  public record Segment(int start, String text, String kind, Long eventId) {
    public boolean marked() {
      return kind != null;
    }
  }

  private Highlight() {}

  /**
   * Segments of {@code text[from, to)}. Marks outside the window are ignored, overlapping marks
   * keep the earliest (then the longest) one.
   */
  public static List<Segment> segments(String text, int from, int to, List<Mark> marks) {
    List<Mark> sorted = new ArrayList<>();
    for (Mark m : marks) {
      if (m.start() >= from && m.end() <= to && m.start() < m.end()) {
        sorted.add(m);
      }
    }
    sorted.sort(Comparator.comparingInt(Mark::start).thenComparing(m -> -(m.end() - m.start())));
    List<Segment> out = new ArrayList<>();
    int at = from;
    for (Mark m : sorted) {
      if (m.start() < at) {
        continue;
      }
      if (m.start() > at) {
        out.add(new Segment(at, text.substring(at, m.start()), null, null));
      }
      out.add(new Segment(m.start(), text.substring(m.start(), m.end()), m.kind(), m.eventId()));
      at = m.end();
    }
    if (at < to) {
      out.add(new Segment(at, text.substring(at, to), null, null));
    }
    return out;
  }
}
