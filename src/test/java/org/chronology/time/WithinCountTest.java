package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bare "خلال" before a count in a clause of a plan ("من المتوقع أن يكتمل خلال ثلاث سنوات"، "ستعلن
 * النتائج خلال أسبوعين") is "within" that count from the publication date, as "في غضون" is (guide,
 * Dates: relative phrases against the publication date); in a past clause it is "during" and dates
 * nothing ("قتل العشرات خلال أسبوع").
 */
class WithinCountTest {

  private static final LocalDate PUB = LocalDate.of(2024, 5, 1);
  private static final TemporalTagger TAGGER = TemporalTagger.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ومن المتوقع أن يكتمل بناء الخط خلال ثلاث سنوات.|2024-05-01|2027-04-30|YEAR",
        "وقال المتحدث إن النتائج ستعلن خلال أسبوعين.|2024-05-01|2024-05-14|WEEK",
        "ومن المقرر أن تنجز اللجنة دراستها خلال عام واحد.|2024-05-01|2025-04-30|YEAR"
      })
  void aCountOfAPlanIsWithin(String text, LocalDate start, LocalDate end, Precision p) {
    List<TemporalExpression> found = TAGGER.tag(text, PUB);
    assertEquals(1, found.size(), found.toString());
    assertEquals(start, found.get(0).start());
    assertEquals(end, found.get(0).end());
    assertEquals(p, found.get(0).precision());
  }

  @Test
  void aCountOfThePastIsDuring() {
    assertTrue(TAGGER.tag("وقتل العشرات خلال أسبوع من المعارك.", PUB).isEmpty());
  }
}
