package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Talks whose object, right after the verb, is a deal ("بحثا صفقة"، "ناقشا صفقة"): the deal
 * discussed is the news, the guide's deal, not a meeting (sentences of our own).
 */
class DiscussedDealTest {

  @ParameterizedTest(name = "deal: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وذكرت صحيفة محلية أمس أن الجانبين بحثا صفقة لشراء زوارق دورية تركية.",
        "وأفادت مصادر مطلعة يوم الثلاثاء بأن نيجيريا والبرازيل بحثتا صفقة لتوريد طائرات تدريب.",
        "وقالت مصادر دبلوماسية في ليما يوم الاثنين إن البلدين ناقشا صفقة لتصنيع فرقاطات في ميناء كالاو."
      })
  void testADealDiscussedIsADeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.MEETING);
  }
}
