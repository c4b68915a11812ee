package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Steps an announcement names whose words were missing from the lexicon, so the announcement stayed
 * a statement: relations resumed with a pronoun, air traffic suspended, a diplomat declared persona
 * non grata, a donation with its value (sentences of our own).
 */
class AnnouncedStepLexiconTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // relations resumed, the noun before a pronoun and the verb
        "وأعلنت جيبوتي يوم 4 آذار 2022 استئناف علاقاتها مع إريتريا.|diplomatic",
        "واستأنف البلدان علاقاتهما في أيار 2016 بعد قطيعة دامت عامين.|diplomatic",
        // air traffic suspended over a state: an airspace closure, other (round 62 item 3)
        "أعلنت سلطات الطيران في الكويت أمس الأحد تعليق حركة الملاحة الجوية مؤقتاً.|other",
        // a diplomat declared persona non grata: an expulsion
        "وأعلنت الخارجية الكينية أمس الملحق العسكري الأوغندي شخصاً غير مرغوب فيه.|diplomatic",
        // a donation with its value: money transferred between parties
        "وكانت الكويت قد أعلنت في آذار 2020 تبرعها بمبلغ 50 مليون دولار لبناء مستشفى في عدن.|deal",
      })
  void testTheAnnouncedStepKeepsItsType(String sentence, String type) {
    assertEquals(EventType.fromCode(type), Fixtures.only(sentence).type());
  }
}
