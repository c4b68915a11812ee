package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Money deposited in a central bank is money handed over, the guide's deal; a document deposited
 * with the United Nations stays the formal step, diplomatic (sentences of our own).
 */
class DepositedMoneyTest {

  @ParameterizedTest(name = "money: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأودعت قطر في يناير الماضي ملياري دولار في البنك المركزي التركي.",
        "وكانت الكويت قد أودعت 500 مليون دولار لدى البنك المركزي الأردني عام 2012."
      })
  void testMoneyDepositedIsADeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.DIPLOMATIC);
  }

  @ParameterizedTest(name = "document: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"وأودعت كينيا الأمم المتحدة أمس إحداثيات حدودها البحرية."})
  void testADocumentDepositedStaysDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.DEAL);
  }
}
