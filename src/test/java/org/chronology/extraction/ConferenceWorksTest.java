package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The works (أعمال، and the Maghrebi أشغال) of a session or a conference that begin, are held or
 * close are that gathering, the guide's meeting (sentences of our own).
 */
class ConferenceWorksTest {

  @ParameterizedTest(name = "works: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وانطلقت صباح اليوم في نيروبي أشغال الدورة الثالثة لمؤتمر التنمية الإفريقي.",
        "واختتمت أمس في كمبالا أعمال المؤتمر الوزاري الإفريقي للمياه.",
        "وانطلقت اليوم الخميس في الرباط أشغال المؤتمر الإقليمي للهجرة."
      })
  void testTheWorksOfASessionOrAConferenceAreAMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.OTHER);
  }
}
