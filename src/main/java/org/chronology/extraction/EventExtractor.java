package org.chronology.extraction;

import java.util.List;

/** Reads events out of articles. Implementations are plain Java and thread-safe. */
public interface EventExtractor {

  /**
   * Stored on every event this extractor produces, so editors' statistics can tell versions apart.
   */
  int version();

  /** The events of one article, one per happening within it, in text order. */
  List<ExtractedEvent> extract(ArticleText article);

  /** Groups events of many articles into happenings (the same happening reported twice is one). */
  List<EventCluster> merge(List<ExtractedEvent> events);
}
