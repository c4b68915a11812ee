package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A call named by a possessed noun with the telephone adjective after it ("خلال اتصالهما الهاتفي")
 * is a call: a meeting wherever the capitals it names are, never a visit (sentences of our own).
 */
class PossessedCallTest {

  @ParameterizedTest(name = "call: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "الرئاسة الكينية: روتو وآبي أحمد اتفقا خلال اتصالهما الهاتفي أمس على \"حوار\" بين نيروبي"
            + " والمعارضة لحل الأزمة.",
        "الرئاسة الكينية: الرئيس وليام روتو ورئيس الوزراء الإثيوبي آبي أحمد اتفقا خلال اتصالهما"
            + " الهاتفي أمس على حوار بين نيروبي والاتحاد الأفريقي."
      })
  void testAPossessedCallIsAMeetingNotAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.VISIT);
  }
}
