package org.chronology.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * A bulk run keeps the extracted events of the articles it used last, not of every article it read:
 * over a large archive the whole run's results filled the heap.
 */
class RecentResultsTest {

  @Test
  void keepsOnlyTheMostRecentlyUsedArticles() {
    Map<Long, List<ExtractedEvent>> results = ArticleMerges.recentResults(3);
    for (long id = 1; id <= 3; id++) {
      results.put(id, List.of());
    }
    results.get(1L); // used again: article 2 is now the least recently used
    results.put(4L, List.of());
    assertEquals(3, results.size());
    assertFalse(results.containsKey(2L), results.keySet().toString());
    assertTrue(results.keySet().containsAll(List.of(1L, 3L, 4L)), results.keySet().toString());
  }

  @Test
  void aRunKeepsFarMoreThanItsArticlesInFlightAndFarFewerThanAnArchive() {
    assertTrue(ArticleMerges.RECENT_RESULTS >= 64 * ArticleMerges.BATCH);
    assertTrue(ArticleMerges.RECENT_RESULTS <= 100_000);
    Map<Long, List<ExtractedEvent>> results =
        ArticleMerges.recentResults(ArticleMerges.RECENT_RESULTS);
    for (long id = 1; id <= 300_000; id++) {
      results.put(id, List.of());
    }
    assertEquals(ArticleMerges.RECENT_RESULTS, results.size());
  }
}
