package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The date expressions of Arabic news across presses ({@code time/coverage-cases.tsv}), written
 * from the guide's date rules rather than from the evaluation articles: each row a sentence, the
 * phrase the tagger must find in it and the interval, precision and hedge it must give.
 */
class DateCoverageTest {

  private static final TemporalTagger TAGGER = TemporalTagger.standard();

  static List<TaggerCases.Case> load() {
    InputStream in = DateCoverageTest.class.getResourceAsStream("/time/coverage-cases.tsv");
    if (in == null) {
      throw new IllegalStateException("missing /time/coverage-cases.tsv");
    }
    return TaggerCases.load(
        new InputStreamReader(in, StandardCharsets.UTF_8), "coverage-cases.tsv");
  }

  static Stream<TaggerCases.Case> cases() {
    return load().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void readsTheExpression(TaggerCases.Case c) {
    List<TemporalExpression> found = TAGGER.tag(c.sentence(), c.pub());
    if (c.negative()) {
      assertEquals(List.of(), found, "no date phrase expected");
      return;
    }
    TemporalExpression e =
        found.stream()
            .filter(x -> x.text().equals(c.phrase()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("«" + c.phrase() + "» not tagged: " + found));
    assertEquals(c.start(), e.start(), "start");
    assertEquals(c.end(), e.end(), "end");
    assertEquals(c.precision(), e.precision(), "precision");
    assertEquals(c.has("approx"), e.approximate(), "approximate");
  }

  @Test
  void coversAboutEightyExpressions() {
    long n = load().size();
    assertTrue(n >= 80, "at least 80 expressions, got " + n);
  }
}
