package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A happening under a condition in what someone says (sentences of our own) is a hypothesis: the
 * saying is the guide's statement, not an incident.
 */
class ConditionalHappeningTest {

  @ParameterizedTest(name = "condition: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "قال وزير الدفاع البولندي أمس الثلاثاء إن بلاده سترد بكل قوة إذا تعرضت لهجوم.",
        "وقال رئيس الأركان الهندي يوم الأحد إن الجيش سيتدخل فوراً لو وقع هجوم على الحدود."
      })
  void testAnIncidentUnderAConditionIsTheSaying(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.STATEMENT, EventType.INCIDENT);
  }

  @ParameterizedTest(name = "incident: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"قال الجيش البولندي أمس الثلاثاء إن موقعاً حدودياً تعرض لهجوم بطائرة مسيرة."})
  void testAnIncidentWithoutAConditionStays(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.INCIDENT), e.toString());
  }
}
