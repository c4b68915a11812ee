package org.chronology.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The guide's actors, row by row ({@code extraction/actor-coverage.tsv}, texts of our own): one
 * event of the text has every actor the row lists (a person by the name written, a state or body by
 * its canonical name), and no event has a name the row marks with {@code !} (an analyst quoted, a
 * byline, a street or a prize named after someone).
 */
class ActorCoverageTest {

  static Stream<Arguments> rows() {
    return CoverageTable.read("/extraction/actor-coverage.tsv", 2).stream()
        .map(r -> r.cells())
        .map(c -> Arguments.of(c[0].trim(), c[1].trim().replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("rows")
  void testTheEventHasTheGuidesActors(String actors, String text) {
    List<String> present = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (String a : actors.split("\\|")) {
      if (a.startsWith("!")) {
        absent.add(a.substring(1));
      } else if (!a.isBlank()) {
        present.add(a);
      }
    }
    List<ExtractedEvent> events = Fixtures.extract(text);
    Assertions.assertFalse(events.isEmpty(), "no event in: " + text);
    // the event of the happening: the one that has the most of the row's actors
    ExtractedEvent best =
        events.stream()
            .max(
                Comparator.comparingLong(
                    e -> present.stream().filter(a -> Fixtures.hasActor(e, a)).count()))
            .orElseThrow();
    Fixtures.assertActors(best, present.toArray(String[]::new));
    for (ExtractedEvent e : events) {
      for (String a : absent) {
        Fixtures.assertNoActor(e, a);
      }
    }
    Assertions.assertTrue(
        present.size() + absent.size() > 0, "a row lists no actor: " + Arrays.asList(actors));
  }
}
