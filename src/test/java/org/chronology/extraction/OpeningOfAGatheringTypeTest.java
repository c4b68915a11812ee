package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The opening of a meeting or a conference that someone attends or speaks at is that gathering, the
 * guide's `meeting` ("talks, a meeting, a call, a summit"), not an opening of no other type as a
 * dam's or a railway's is (sentences of our own).
 */
class OpeningOfAGatheringTypeTest {

  @ParameterizedTest(name = "meeting: {0}")
  @ValueSource(
      strings = {
        "ويشارك ولي العهد اليوم في افتتاح الاجتماع الوزاري لمنتدى التعاون العربي الإفريقي في الرباط.",
        "وألقى الرئيس التونسي أمس كلمة في افتتاح المؤتمر الدولي للاستثمار في نواكشوط."
      })
  void testTheOpeningOfAGatheringIsAMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.OTHER);
  }
}
