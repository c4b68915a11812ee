package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An act named by a verb of announcing is that act (the guide types the happening, not the
 * reporting verb): an acquisition or money allotted is a deal, a pardon is other; and the noun the
 * verb names first is its object, also when a happening of its own is told after it (sentences of
 * our own).
 */
class AnnouncedNounTest {

  @ParameterizedTest(name = "deal: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلنت شركة موانئ دبي العالمية في مارس 2021 الاستحواذ على حصة في ميناء دكار.",
        "وأعلنت اليابان الأسبوع الماضي تخصيص 15 مليون دولار لدعم اللاجئين السودانيين في تشاد."
      })
  void testAnAcquisitionOrMoneyAllottedIsADeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.STATEMENT);
  }

  @ParameterizedTest(name = "other: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلن الرئيس التونسي أمس الأحد العفو عن 120 سجينا جزائريا بمناسبة عيد الاستقلال.",
        "وأعلن الرئيس الغيني مساء الاثنين حالة الطوارئ في البلاد، قبل وصول قوات من دول الجوار"
            + " إلى العاصمة يوم الثلاثاء."
      })
  void testAPardonOrTheNounNamedFirstIsOther(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.OTHER, EventType.STATEMENT);
  }
}
