package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body convening (التأم، التأمت، يلتئم) and a working session (جلسة عمل, the Maghrebi agencies'
 * name for talks) are the guide's meeting: "talks, a meeting … not framed as a visit" (sentences of
 * our own).
 */
class ConvenedAndWorkingSessionTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "التأم مجلس الجامعة العربية على المستوى الوزاري أمس في القاهرة.",
        "التأمت أمس في الرباط اللجنة المغربية الموريتانية المشتركة.",
        "جلسة عمل بين وزير الخارجية المغربي ونظيره الإسباني عبر تقنية التناظر المرئي يوم الجمعة."
      })
  void testAConvenedBodyOrAWorkingSessionIsAMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertFalse(e.isEmpty(), "no event in: " + sentence);
    assertTrue(e.stream().allMatch(x -> x.type() == EventType.MEETING), e.toString());
  }
}
