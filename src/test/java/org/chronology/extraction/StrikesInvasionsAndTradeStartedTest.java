package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Happenings told by words that were no trigger: a strike told by its verb, an invasion, a trade
 * flow started or resumed, a licence to explore granted, a tender awarded (the guide's incident,
 * deal and other; sentences of our own).
 */
class StrikesInvasionsAndTradeStartedTest {

  /** Each dated sentence is one event of the given type. */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a strike told by its verb, an invasion
        "وكانت الطائرات الحربية قد قصفت فجر الثلاثاء مواقع على الحدود الشمالية.|incident",
        "وقال السكان إن المسلحين قصفوا القرية مساء أمس الأربعاء.|incident",
        "واجتاحت قوات الجارة البلدة الحدودية في الخامس من آذار 2011.|incident",
        // a trade flow started or resumed
        "وكانت الشركة قد بدأت تصدير القمح إلى جارتها في أيار 2015.|deal",
        "واستأنف البلد استيراد الفحم من جاره في شباط 2019.|deal",
        // a licence to explore granted or won, a tender awarded
        "وفاز تحالف من شركتين في أيار 2019 برخصة للتنقيب عن النفط في الحوض الشمالي.|deal",
        "وكانت الهيئة قد أرست المناقصة على شركة محلية في كانون الثاني 2018.|other",
      })
  void testTheHappeningIsOneEventOfItsType(String sentence, String type) {
    assertEquals(EventType.fromCode(type), Fixtures.only(sentence).type());
  }
}
