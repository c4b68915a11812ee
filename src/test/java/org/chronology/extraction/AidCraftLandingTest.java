package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An aid or freight aircraft landing brings goods: a delivery (deal), not the visit of an official
 * or a delegation (sentences of our own).
 */
class AidCraftLandingTest {

  @ParameterizedTest(name = "aid craft: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وحطت في مطار نيروبي أمس طائرة مساعدات تركية تحمل أدوية ومعدات طبية لضحايا الفيضانات.",
        "وكانت طائرات شحن كينية قد حطت مرات عدة في مطار عنتيبي الأوغندي منذ بداية الشهر الماضي."
      })
  void testAnAidOrFreightCraftLandingIsADelivery(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.VISIT);
  }
}
