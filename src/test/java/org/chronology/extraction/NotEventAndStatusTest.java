package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                NotEventAndStatusTest.class.getResourceAsStream(
                    "/extraction/not-event-and-status.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        rows.add(Arguments.of(c[0], c[1].trim(), Fixtures.article(c[2].split(" \\|\\| "))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows.stream();
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
