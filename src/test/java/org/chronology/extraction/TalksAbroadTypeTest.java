package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guide's visit (sentences of our own): talks an official holds in a city of another state with
 * its people are his visit there; talks of two guests on a third state's ground, a gathering of
 * three or more states, and talks on the sidelines of another gathering stay a meeting.
 */
class TalksAbroadTypeTest {

  @ParameterizedTest(name = "visit: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "أجرى الرئيس الكيني وليام روتو أمس محادثات في أنقرة مع الرئيس التركي رجب طيب أردوغان.",
        "اجتمع الرئيس الأوغندي يويري موسيفيني يوم الاثنين في نيروبي مع الرئيس الكيني وليام روتو."
      })
  void testTalksInACityOfTheOtherPartysStateAreAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.MEETING);
  }

  @ParameterizedTest(name = "meeting: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "أجرى الرئيس الكيني وليام روتو أمس محادثات في أنقرة مع الرئيس الأوغندي يويري موسيفيني.",
        "اجتمع الرئيس الكيني وليام روتو والرئيس الأوغندي يويري موسيفيني والرئيس النيجيري بولا تينوبو"
            + " أمس في نيروبي.",
        "والتقى الرئيس الكيني وليام روتو أمس في أنقرة على هامش منتدى الطاقة الرئيس التركي رجب طيب"
            + " أردوغان."
      })
  void testTalksOnNeutralGroundOrOfManyStatesStayAMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.VISIT);
  }
}
