package org.chronology.event.service;

import java.util.List;
import java.util.Map;
import org.chronology.extraction.ExtractedEvent;

/**
 * Extractions a merge transaction made, to store at its end ({@code made} null: none), with the
 * stored forms already made for them ({@code encoded}, by article id; the others are encoded at the
 * write).
 */
record KeptExtractions(
    StoredExtractions.Made made,
    Map<Long, List<ExtractedEvent>> byArticle,
    Map<Long, String> encoded) {
  void add(long articleId, List<ExtractedEvent> events, String stored) {
    if (made != null) {
      byArticle.put(articleId, events);
      if (stored != null) {
        encoded.put(articleId, stored);
      } else {
        encoded.remove(articleId);
      }
    }
  }
}
