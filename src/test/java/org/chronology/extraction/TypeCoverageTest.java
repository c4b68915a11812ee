package org.chronology.extraction;

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

  static Stream<Arguments> rows() {
    return CoverageTable.read("/extraction/type-coverage.tsv", 2).stream()
        .map(r -> r.cells())
        .map(
            c ->
                Arguments.of(EventType.valueOf(c[0].trim().toUpperCase(Locale.ROOT)), c[1].trim()));
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
