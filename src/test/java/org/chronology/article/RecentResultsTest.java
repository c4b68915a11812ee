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
    assertTrue(ArticleMerges.RECENT_RESULTS >= 16 * ArticleMerges.BATCH);
    // An article's extracted events are ~22 KB of heap (a heap dump of the re-extraction at 1M):
    // the kept ones stay within a tenth of the README's 256 MB heap, not most of it.
    assertTrue(
        ArticleMerges.RECENT_RESULTS * 22L * 1024 <= 256L * 1024 * 1024 / 10,
        ArticleMerges.RECENT_RESULTS + " articles' events kept");
    Map<Long, List<ExtractedEvent>> results =
        ArticleMerges.recentResults(ArticleMerges.RECENT_RESULTS);
    for (long id = 1; id <= 300_000; id++) {
      results.put(id, List.of());
    }
    assertEquals(ArticleMerges.RECENT_RESULTS, results.size());
  }
}
