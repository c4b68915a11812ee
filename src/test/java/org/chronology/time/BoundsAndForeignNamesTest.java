package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "العام نفسه" is the year most recently mentioned before it (the guide, Dates), not a bound at the
 * present told in between ("لم تعلن نتائجه حتى اليوم"). A foreign given name that begins like a
 * future verb (س + ي) does not make a past verb's weekday a future one (the guide: a weekday name
 * is the most recent such day unless the verb or context is future).
 */
class BoundsAndForeignNamesTest {

  private static final TemporalTagger TAGGER = TemporalTagger.standard();
  private static final LocalDate THURSDAY = LocalDate.of(2023, 3, 16);

  private static TemporalExpression phrase(List<TemporalExpression> all, String text) {
    return all.stream()
        .filter(e -> e.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + text + " among " + all));
  }

  @Test
  void theSameYearSkipsAnUntilToday() {
    List<TemporalExpression> all =
        TAGGER.tag(
            "اغتيل الصحفي في آذار 2005، ولم تعلن نتائج التحقيق حتى اليوم. وفي العام نفسه انسحبت"
                + " القوات من البلاد.",
            THURSDAY);
    TemporalExpression same = phrase(all, "العام نفسه");
    assertEquals(LocalDate.of(2005, 1, 1), same.start(), all.toString());
  }

  @Test
  void aForeignGivenNameIsNoFutureVerb() {
    List<TemporalExpression> all =
        TAGGER.tag("وأقرت حكومة المستشار سيباستيان كورتس الخطة يوم الأحد.", THURSDAY);
    assertEquals(LocalDate.of(2023, 3, 12), phrase(all, "يوم الأحد").start(), all.toString());
  }

  @Test
  void aFutureVerbStillLooksAhead() {
    List<TemporalExpression> all = TAGGER.tag("وسيزور الوزير القاهرة يوم الأحد.", THURSDAY);
    assertEquals(LocalDate.of(2023, 3, 19), phrase(all, "يوم الأحد").start(), all.toString());
  }
}
