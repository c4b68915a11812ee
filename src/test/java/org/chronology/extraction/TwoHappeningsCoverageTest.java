package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    for (CoverageTable.Row row : CoverageTable.read("/extraction/two-happenings.tsv", 0)) {
      String[] c = row.cells();
      List<String> events = new ArrayList<>(Arrays.asList(c[1].trim().split(" +")));
      events.sort(null);
      rows.add(Arguments.of(c[0], events, Fixtures.article(c[2].split(" \\|\\| "))));
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
