package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A denial of reports is one reported event of the happening the reports tell (dev conventions: the
 * denial is its evidence, not a separate statement); a denial whose reports name no happening stays
 * the statement (sentences of our own).
 */
class DeniedReportTypeTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // shipments through a territory, a stake to be sold, a purchase under negotiation
        "ونفت الحكومة التركية أمس تقارير تحدثت عن عبور شحنات وقود إلى سوريا عبر موانئها.|deal",
        "نفت شركة الطيران الوطنية أمس ما تداولته وسائل إعلام محلية عن نيتها بيع حصتها في المطار.|deal",
        "نفى مكتب الرئيس أمس تقريرا أفاد بأن الجيش يتفاوض على شراء طائرات تدريب من البرازيل.|deal",
        // nothing but the reports' wording: the denial itself
        "نفت وزارة الخارجية الليبية أمس تقارير تحدثت عن خلافات داخل الحكومة.|statement",
      })
  void testTheDeniedReportTakesTheTypeOfWhatItTells(String sentence, String type) {
    ExtractedEvent e = Fixtures.only(sentence);
    assertEquals(EventType.fromCode(type), e.type(), e.toString());
    assertEquals(EventStatus.REPORTED, e.status(), e.toString());
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a date set off by commas between the verb of denying and the reports it denies
        "ونفت وزارة الدفاع الكينية، الأحد، تقارير تحدثت عن عبور شحنات أسلحة إلى جنوب السودان"
            + " عبر أراضيها.|deal",
        "ونفى الجيش الأوغندي، أمس، تقارير تحدثت عن هجوم على قاعدة حدودية قرب الكونغو.|incident",
      })
  void testADateSetOffByCommasKeepsTheDeniedReport(String sentence, String type) {
    ExtractedEvent e = Fixtures.only(sentence);
    assertEquals(EventType.fromCode(type), e.type(), e.toString());
    assertEquals(EventStatus.REPORTED, e.status(), e.toString());
  }
}
