package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relations written ديبلوماسية, the Levantine and Maghrebi spelling, are the same relations as
 * دبلوماسية (sentences of our own).
 */
class DiplomaticSpellingTest {

  @ParameterizedTest(name = "relations: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ووقع الوزيران في الدوحة أمس بياناً مشتركاً يعلن إقامة علاقات ديبلوماسية بين البلدين.",
        "وأعلن البلدان أمس الأربعاء إقامة علاقات ديبلوماسية بينهما على مستوى السفراء.",
        "وقررت الحكومة الغانية أمس خفض التمثيل الديبلوماسي لدى الدولة الجارة."
      })
  void testRelationsSpelledWithALongIAreDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.DEAL);
  }
}
