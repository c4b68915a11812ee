package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A delegation or an envoy sent (أوفد، إيفاد) travels to another country or city, the guide's
 * visit, told from the side that sends it (sentences of our own).
 */
class DelegationSentTest {

  @ParameterizedTest(name = "visit: {0}")
  @ValueSource(
      strings = {
        "وأوفد الرئيس التونسي يوم 2 آذار 2023 مبعوثاً خاصاً إلى طرابلس.",
        "وقرر الاتحاد الإفريقي يوم 3 آذار 2023 إيفاد بعثة إلى الخرطوم."
      })
  void testADelegationSentIsAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.STATEMENT);
  }
}
