package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dated chronology entry told in the present tense, the way headlines and timelines write ("12
 * مارس 2021: كينيا تسحب سفيرها"), tells the day's act like the past verb (sentences of our own).
 */
class ChronologyEntryTypeTest {

  private static boolean has(List<ExtractedEvent> e, EventType t) {
    return e.stream().anyMatch(x -> x.type() == t);
  }

  @ParameterizedTest(name = "chronology entry: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12 مارس 2021: كينيا تسحب سفيرها من مقديشو احتجاجا على التصريحات.|DIPLOMATIC",
        "3 فبراير 2020: الوزيران يلتقيان في جيبوتي للمرة الأولى.|MEETING",
        "5 يونيو 2019: البلدان توقع اتفاقية لتقاسم مياه النهر.|DEAL"
      })
  void testAPresentVerbOfADatedEntryTellsTheDaysAct(String sentence, EventType type) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(has(e, type), e.toString());
  }
}
