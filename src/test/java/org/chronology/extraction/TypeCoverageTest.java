package org.chronology.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guide's eight types, row by row ({@code extraction/type-coverage.tsv}, texts of our own):
 * each text tells one happening, and every event the extractor finds in it has the type the guide
 * gives.
 */
class TypeCoverageTest {

  static Stream<Arguments> rows() throws IOException {
    try (InputStream in =
        TypeCoverageTest.class.getResourceAsStream("/extraction/type-coverage.tsv")) {
      Assertions.assertNotNull(in, "type-coverage.tsv");
      String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return table
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", 2))
          .map(
              c ->
                  Arguments.of(
                      EventType.valueOf(c[0].trim().toUpperCase(Locale.ROOT)), c[1].trim()))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rows")
  void testEveryEventOfTheTextHasTheGuidesType(EventType expected, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    Assertions.assertFalse(events.isEmpty(), "no event in: " + text);
    Assertions.assertTrue(
        events.stream().allMatch(e -> e.type() == expected),
        "expected only " + expected + " among " + events);
  }
}
