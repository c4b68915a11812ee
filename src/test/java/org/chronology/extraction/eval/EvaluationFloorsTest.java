package org.chronology.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.chronology.extraction.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Scores every evaluation set {@code src/test/resources/eval/NAME/} that has a {@code
 * floors.properties} and fails when a measure drops below its floor. A set holds its articles
 * ({@code articles/*.txt}, optional sidecars) and its gold file ({@code gold.json}); both names can
 * be overridden in the properties ({@code articles=}, {@code gold=}). Floors: {@code f1}, {@code
 * precision} (strict, one-to-one), {@code recall}, {@code date}, {@code type}, {@code status},
 * {@code actors}; a measure without a floor is reported but not checked.
 */
class EvaluationFloorsTest {

  static final Path ROOT = Path.of("src/test/resources/eval");

  @TestFactory
  Stream<DynamicTest> everySetWithFloors() throws IOException {
    List<Path> sets = new ArrayList<>();
    if (Files.isDirectory(ROOT)) {
      try (Stream<Path> s = Files.list(ROOT)) {
        s.filter(p -> Files.isRegularFile(p.resolve("floors.properties")))
            .sorted()
            .forEach(sets::add);
      }
    }
    return sets.stream()
        .map(set -> DynamicTest.dynamicTest(set.getFileName().toString(), () -> check(set)));
  }

  static Properties floors(Path set) throws IOException {
    Properties p = new Properties();
    try (Reader r =
        Files.newBufferedReader(set.resolve("floors.properties"), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static void check(Path set) throws Exception {
    Properties p = floors(set);
    Evaluation.Report report =
        Evaluation.shared(
            Fixtures.EXTRACTOR,
            set.resolve(p.getProperty("articles", "articles")),
            set.resolve(p.getProperty("gold", "gold.json")));
    Evaluation.Score s = report.overall();
    List<String> below = new ArrayList<>();
    floor(p, "f1", s.f1(), below);
    floor(p, "precision", s.precision(), below);
    floor(p, "recall", s.recall(), below);
    floor(p, "date", s.dateAccuracy(), below);
    floor(p, "type", s.typeAccuracy(), below);
    floor(p, "status", s.statusAccuracy(), below);
    floor(p, "actors", s.actorRecall(), below);
    assertTrue(s.gold > 0 && !report.perArticle().isEmpty(), set + ": no gold event was scored");
    assertTrue(below.isEmpty(), set.getFileName() + ": " + below + " — " + s);
  }

  private static void floor(Properties p, String key, double value, List<String> below) {
    String f = p.getProperty(key);
    if (f != null && value < Double.parseDouble(f.strip())) {
      below.add(String.format("%s %.3f < %s", key, value, f.strip()));
    }
  }
}
