package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An arrival verb whose aircraft carries citizens home ("حطت طائرة تقل 120 مواطناً"، "وصل على متن
 * طائرة المواطنان"): people flown back, no official or delegation travelling, so no visit but a
 * happening of no other type; an aircraft carrying a minister still brings a visit (sentences of
 * our own).
 */
class CitizensFlownHomeTest {

  @ParameterizedTest(name = "other: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "حطت مساء أمس في مطار أديس أبابا طائرة تابعة للخطوط الإثيوبية تقل 120 مواطناً إثيوبياً كانوا عالقين في السودان.",
        "وصل إلى نيروبي صباح اليوم على متن طائرة خاصة المواطنان الكينيان اللذان أفرج عنهما في الصومال."
      })
  void testCitizensFlownHomeAreNoVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.OTHER, EventType.VISIT);
  }

  @ParameterizedTest(name = "visit: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "حطت في مطار القاهرة أمس طائرة تقل وزير الخارجية الكيني في زيارة رسمية تستمر يومين."
      })
  void testAnOfficialFlownInStillVisits(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.OTHER);
  }
}
