package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ThreadSafetyTest {

  @Test
  void testOneExtractorSharedByThreadsGivesTheSameEvents() throws Exception {
    List<ArticleText> articles = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("corpus"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(
            new ArticleText(
                p.getFileName().toString(),
                Files.readString(p, StandardCharsets.UTF_8),
                Fixtures.PUBLISHED));
      }
    }
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
