package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A past verb trigger in the masculine plural, written when a plural subject comes first ("مسلحين
 * نفذوا … ضربة"، "الوزراء … زاروا أنقرة"), is the same act as its singular (sentences of our own).
 */
class PluralVerbTriggerTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وقالت الشرطة إن مسلحين نفذوا في تموز الماضي ضربة بطائرة مسيرة على موقع للجيش.|incident",
        "وكان الوزراء الثلاثة قد زاروا أنقرة يوم الاثنين الماضي.|visit"
      })
  void testAPluralPastVerbIsTheSameTrigger(String sentence, String type) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.fromCode(type), EventType.STATEMENT);
  }
}
