package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An act named before the announcing verb that opens a relative clause about it is the act: the
 * clause dates it, the verb only reports it (sentences of our own).
 */
class AnnouncedActNamedBeforeTest {

  @ParameterizedTest(name = "announced before: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ولم يصمد وقف إطلاق النار الشامل الذي أعلن في جيبوتي مساء الأحد الماضي بين الطرفين سوى"
            + " يومين.",
        "ولم تصمد الهدنة الإنسانية التي أعلنت في جدة فجر السبت الماضي بين الجيش وقوات الدعم السريع"
            + " بوساطة سعودية سوى ساعات."
      })
  void testAnActAnnouncedInARelativeClauseIsTheAct(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.STATEMENT);
  }
}
