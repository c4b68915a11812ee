package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verb done "repeatedly" (نفت مراراً، احتجت تكراراً) tells a habit, not one happening (annotation
 * guide: generic statements are not events), unless a date of its own names the time told.
 */
class RepeatedActTest {

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(
      strings = {
        "ونفت الحكومة السودانية مرارا تقديم أي دعم للمتمردين في تشاد.",
        "واحتجت أرمينيا تكراراً على صفقات السلاح الإسرائيلية مع أذربيجان."
      })
  void testARepeatedActIsNoEvent(String text) {
    Fixtures.assertNoEvent(text);
  }

  @Test
  void testARepeatedDenialAfterANewsSentenceTakesNoEventFromIt() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "استقبل الرئيس المصري أمس الثلاثاء وزير الخارجية السعودي في القاهرة. ونفت تركيا مراراً"
                + " إرسال أسلحة إلى الفصائل المسلحة في ليبيا.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.VISIT, e.get(0).type()); // the Saudi minister received in Cairo
  }

  @Test
  void testARepeatedWordWithADayOfItsOwnKeepsTheEvent() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "ونفت تركيا مراراً أمس الثلاثاء إرسال أسلحة إلى الفصائل المسلحة في ليبيا.");
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.STATEMENT), e.toString());
  }
}
