package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sitting of a standing body of two states, held in the capital of one with a minister of the
 * other (اجتماعات اللجنة المشتركة), is a meeting of that body, not talks framed as a visit; talks
 * of a guest minister in the host's capital stay a visit (sentences of our own).
 */
class SittingOfBodyTest {

  @ParameterizedTest(name = "meeting: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "تنطلق في نيروبي اليوم الاثنين اجتماعات اللجنة الوزارية المشتركة بين كينيا وغانا، برئاسة"
            + " وزير الخارجية الكيني موسى ويتانغولا ونظيره الغاني شيرلي أيوركور بوتشوي، وتستمر"
            + " يومين."
      })
  void testASittingOfAJointBodyIsAMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.VISIT);
  }

  @ParameterizedTest(name = "visit: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأجرى وزير الخارجية الغاني شيرلي أيوركور بوتشوي أمس في نيروبي محادثات مع نظيره الكيني"
            + " موسى ويتانغولا."
      })
  void testTalksOfAGuestMinisterStayAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.MEETING);
  }
}
