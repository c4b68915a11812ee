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
 * The guide's "one happening, one event", row by row: short articles written for {@code
 * coverage/one-happening.tsv} (headline, lead, body, a quote, a recap, a programme, what was said
 * at a visit, a signing during it, an incident and its details; a nominal headline over a lead with
 * another verb, a retelling dated by أمس, the weekday and then the full date, a visit told as زيارة
 * then مباحثات then جولة, a signed instrument named again and its value, an attack, its toll and a
 * condemnation, a live blog, a press digest) each hold exactly the events the guide counts, of
 * those types, and two like happenings (an earlier visit, a return visit, an earlier edition of an
 * exercise, two rounds of talks, a called-off visit and the one made later) stay two.
 */
class OneHappeningCoverageTest {

  static Stream<Arguments> rows() {
    List<Arguments> rows = new ArrayList<>();
    for (CoverageTable.Row row : CoverageTable.read("/coverage/one-happening.tsv", 0)) {
      String[] c = row.cells();
      List<String> types = new ArrayList<>(Arrays.asList(c[1].trim().split(" +")));
      types.sort(null);
      rows.add(Arguments.of(c[0], types, Fixtures.article(c[2].split(" \\|\\| "))));
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void holdsTheGuidesEvents(String name, List<String> types, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    List<String> got = new ArrayList<>();
    for (ExtractedEvent e : events) {
      got.add(e.type().name().toLowerCase(Locale.ROOT));
    }
    got.sort(null);
    assertEquals(types, got, name + ": " + events);
  }
}
