package org.chronology.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.chronology.extraction.ArabicEventExtractor;
import org.chronology.extraction.ArticleText;
import org.chronology.extraction.EventExtractor;

/**
 * The reference for the ingest benchmark, measured in the same run: extraction alone (no database,
 * no merge) over the same folder on all cores. Prints articles per second.
 */
public final class ExtractionOnly {

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    List<String> texts =
        files.stream()
            .map(
                p -> {
                  try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                  } catch (IOException e) {
                    throw new IllegalStateException(e);
                  }
                })
            .toList();
    EventExtractor extractor = ArabicEventExtractor.standard();
    // Warm-up on a tenth, then the measured pass over all of them.
    texts.stream().limit(texts.size() / 10 + 1).forEach(t -> extractor.extract(article(t)));
    AtomicLong events = new AtomicLong();
    long t0 = System.nanoTime();
    texts.parallelStream().forEach(t -> events.addAndGet(extractor.extract(article(t)).size()));
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "extraction only: %d articles, %d events in %.2f s = %.1f articles/s on %d cores%n",
        texts.size(),
        events.get(),
        seconds,
        texts.size() / seconds,
        Runtime.getRuntime().availableProcessors());
  }

  private static ArticleText article(String text) {
    return new ArticleText("bench.txt", text, null);
  }
}
