package org.chronology.time;

import java.time.LocalDate;
import java.util.List;

/** Finds every date phrase in an Arabic text and normalises it to an interval. */
public final class TemporalTagger {

  /** The tagger with the Arabic resources on the classpath. */
  public static TemporalTagger standard() {
    return new TemporalTagger();
  }

  /**
   * Tags a whole article, in text order.
   *
   * @param publicationDate reference for relative phrases; null leaves them unresolved
   */
  public List<TemporalExpression> tag(String text, LocalDate publicationDate) {
    return List.of();
  }
}
