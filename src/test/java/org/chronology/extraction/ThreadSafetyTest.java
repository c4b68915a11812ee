package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

  @Test
  void testOneExtractorSharedByThreadsGivesTheSameEvents() throws Exception {
    List<ArticleText> articles = Fixtures.corpus(Fixtures.PUBLISHED);
    ArabicEventExtractor x = Fixtures.EXTRACTOR;
    List<List<ExtractedEvent>> expected = new ArrayList<>();
    for (ArticleText a : articles) {
      expected.add(x.extract(a));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<ExtractedEvent>>> futures = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (ArticleText a : articles) {
          futures.add(pool.submit(() -> x.extract(a)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertEquals(expected.get(i % articles.size()), futures.get(i).get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
