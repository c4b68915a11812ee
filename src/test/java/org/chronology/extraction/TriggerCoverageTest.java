package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coverage of the wordings in which Arabic news tells one happening the guide counts (verb forms,
 * passive تم/جرى with a verbal noun, headline nouns with no verb, Maghrebi and Gulf wordings), one
 * row of {@code extraction/trigger-coverage.tsv} each: the sentence must give exactly one event, of
 * the row's type and status, starting on the row's day when it names one.
 */
class TriggerCoverageTest {

  static Stream<Arguments> rows() {
    return CoverageTable.read("/extraction/trigger-coverage.tsv", 0).stream()
        .map(r -> r.cells())
        .map(c -> Arguments.of(c[0], c[1], c[2], c[3]));
  }

  @ParameterizedTest(name = "{1} {2}: {0}")
  @MethodSource("rows")
  void oneHappeningOfItsType(String text, String type, String status, String start) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(1, events.size(), events.toString());
    ExtractedEvent e = events.get(0);
    assertEquals(EventType.valueOf(type.toUpperCase(Locale.ROOT)), e.type(), e.toString());
    assertEquals(EventStatus.valueOf(status.toUpperCase(Locale.ROOT)), e.status(), e.toString());
    if (!start.equals("-")) {
      assertEquals(LocalDate.parse(start), e.date().start(), e.toString());
    }
  }
}
