package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guide, Dates: a bare month is read against the publication date, the next one when a plan governs
 * it. So is a bare season after a preposition in a planned clause ("في الخريف"، "خلال الشتاء"): the
 * next such season not over at the publication. A verb of getting ready (يستعد، تستعد) tells a plan
 * as المقرر does. Told of the past, a bare season stays no date.
 */
class PlannedBareSeasonTest {

  private static final LocalDate PUB = LocalDate.of(2024, 7, 10);
  private static final TemporalTagger TAGGER = TemporalTagger.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ومن المقرر أن تعقد اللجنة المشتركة دورتها المقبلة في عمان في الخريف.|الخريف|2024-09-01|2024-11-30",
        "وتستعد غرفة التجارة لإرسال بعثة اقتصادية إلى هانوي خلال الشتاء.|الشتاء|2024-12-01|2025-02-28",
        "ويعتزم الوزير زيارة الرباط في الصيف لبحث ملف الصيد البحري.|الصيف|2024-06-01|2024-08-31"
      })
  void aPlannedBareSeasonIsTheNextOne(String text, String phrase, LocalDate start, LocalDate end) {
    List<TemporalExpression> found = TAGGER.tag(text, PUB);
    assertEquals(1, found.size(), found.toString());
    TemporalExpression e = found.get(0);
    assertEquals(phrase, e.text());
    assertEquals(start, e.start());
    assertEquals(end, e.end());
    assertEquals(Precision.SEASON, e.precision());
  }

  @Test
  void aBareSeasonOfThePastStaysNoDate() {
    assertTrue(TAGGER.tag("وكانت المحطات تعمل بطاقتها القصوى في الصيف.", PUB).isEmpty());
  }
}
