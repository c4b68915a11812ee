package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A movement put on a state's list of terrorist organisations is a step in that state's relations,
 * diplomatic, whether told by the announcing verb or by the listing itself (sentences of our own).
 */
class TerroristListingTest {

  @ParameterizedTest(name = "diplomatic: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "أعلنت وزارة الداخلية الكندية أمس إدراج حركة مسلحة صومالية على قائمة المنظمات الإرهابية.",
        "وفي الثالث من آذار الماضي أدرجت الحكومة البرازيلية جماعة مسلحة على لائحة المنظمات الإرهابية."
      })
  void testAListingAsTerroristIsDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.STATEMENT);
  }
}
