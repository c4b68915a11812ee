package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Talks whose object is a purchase or a delivery, told with words between the verb and its object,
 * are the deal discussed, not a meeting (sentences of our own).
 */
class DiscussedDealTypeTest {

  @ParameterizedTest(name = "discussed deal: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وذكرت صحيفة محلية أمس أن الوزيرين بحثا كذلك صفقة تشتري بموجبها كينيا طائرات مسيرة من"
            + " تركيا.",
        "وبحسب الإذاعة الرسمية، ناقش الرئيسان أمس أيضاً إمكانية توريد القمح الأوكراني إلى الصومال."
      })
  void testTalksAboutAPurchaseOrDeliveryAreTheDeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.MEETING);
  }
}
