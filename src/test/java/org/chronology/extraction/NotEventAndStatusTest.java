package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guide's "what is not an event" and its statuses, row by row ({@code
 * extraction/not-event-and-status.tsv}, texts of our own): background, standing states, running
 * statistics, views and forecasts, anniversaries, negated, hypothetical and habitual acts, page
 * furniture and bylines yield no event; a planned, cancelled (postponed), reported or happened act
 * yields one event with that status.
 */
class NotEventAndStatusTest {

  static Stream<Arguments> rows() {
    return CoverageTable.read("/extraction/not-event-and-status.tsv", 0).stream()
        .map(r -> r.cells())
        .map(c -> Arguments.of(c[0], c[1].trim(), Fixtures.article(c[2].split(" \\|\\| "))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void yieldsWhatTheGuideSays(String name, String expected, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    if (expected.equals("none")) {
      assertTrue(events.isEmpty(), name + ": " + events);
      return;
    }
    assertEquals(1, events.size(), name + ": " + events);
    assertEquals(EventStatus.fromCode(expected), events.get(0).status(), name + ": " + events);
  }
}
