package org.chronology.extraction;

/** A half-open character range {@code [start, end)} in an article's stored text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }
}
