package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two happenings told in one sentence, row by row: sentences written for {@code
 * extraction/two-happenings.tsv} hold exactly the events the guide counts, with their types and
 * statuses. A signing during a visit, an attack and its condemnation, an embassy closed and an
 * ambassador expelled stay two; an arrival and the talks held where the visitor arrived, talks and
 * their topic, a signing and what the signers agreed in it stay one.
 */
class TwoHappeningsCoverageTest {

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                TwoHappeningsCoverageTest.class.getResourceAsStream(
                    "/extraction/two-happenings.tsv"),
                StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        List<String> events = new ArrayList<>(Arrays.asList(c[1].trim().split(" +")));
        events.sort(null);
        rows.add(Arguments.of(c[0], events, Fixtures.article(c[2].split(" \\|\\| "))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void holdsTheGuidesEvents(String name, List<String> expected, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    List<String> got = new ArrayList<>();
    for (ExtractedEvent e : events) {
      got.add(
          e.type().name().toLowerCase(Locale.ROOT)
              + "/"
              + e.status().name().toLowerCase(Locale.ROOT));
    }
    got.sort(null);
    assertEquals(expected, got, name + ": " + events);
  }
}
