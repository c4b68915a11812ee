package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of {@code time/tagger-cases.tsv}: one section per phenomenon, each row a sentence with
 * the phrase, interval, precision and flags the tagger must produce for it.
 */
class TemporalTaggerTableTest {

  private static final TemporalTagger TAGGER = TemporalTagger.standard();

  static Stream<TaggerCases.Case> cases() {
    return TaggerCases.load().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void tagsAsTheTableSays(TaggerCases.Case c) {
    LocalDate pub = c.pub();
    List<TemporalExpression> found = TAGGER.tag(c.sentence(), pub);
    if (c.negative()) {
      assertEquals(List.of(), found, "no date phrase expected");
      return;
    }
    if (c.flagValue("#") == null) {
      assertEquals(1, found.size(), () -> "exactly one phrase expected, got " + found);
    }
    assertTrue(found.size() > c.index(), () -> "too few phrases: " + found);
    TemporalExpression e = found.get(c.index());
    assertEquals(c.phrase(), e.text(), "phrase");
    assertEquals(c.sentence().indexOf(c.phrase()), e.startOffset(), "start offset");
    assertEquals(e.startOffset() + c.phrase().length(), e.endOffset(), "end offset");
    assertEquals(c.start(), e.start(), "start");
    assertEquals(c.end(), e.end(), "end");
    assertEquals(c.precision(), e.precision(), "precision");
    assertEquals(c.has("approx"), e.approximate(), "approximate");
    assertEquals(c.has("rel"), e.relative(), "relative");
    assertEquals(c.has("mismatch"), e.weekdayMismatch(), "weekdayMismatch");
    boolean resolvedRelative = c.has("rel") && e.resolved();
    assertEquals(resolvedRelative ? pub : null, e.resolvedAgainst(), "resolvedAgainst");
    String anchor = c.flagValue("anchor=");
    if (anchor == null) {
      assertNull(e.anchor(), "anchor");
    } else {
      String[] a = anchor.split(":");
      assertNotNull(e.anchor(), "anchor");
      assertEquals(Integer.parseInt(a[0]), e.anchor().amount(), "anchor amount");
      assertEquals(ChronoUnit.valueOf(a[1]), e.anchor().unit(), "anchor unit");
      assertEquals(EventAnchor.Direction.valueOf(a[2]), e.anchor().direction(), "direction");
    }
  }

  @Test
  void tableCoversEveryPhenomenonWithEnoughCases() {
    Map<String, Long> perSection =
        TaggerCases.load().stream()
            .collect(
                Collectors.groupingBy(
                    TaggerCases.Case::section, TreeMap::new, Collectors.counting()));
    long total = perSection.values().stream().mapToLong(Long::longValue).sum();
    assertTrue(total >= 200, "at least 200 cases, got " + total + " " + perSection);
    perSection.forEach((s, n) -> assertTrue(n >= 5, s + " has only " + n + " cases"));
  }
}
