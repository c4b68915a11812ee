package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Happenings no trigger used to reach (sentences of our own): a ruler taking power told by the
 * verb, debts written off, goods seized by authorities; and a telephone call told beside a visit,
 * which is talks apart and so a meeting of its own.
 */
class UntriggeredHappeningsTest {

  private static void assertType(String sentence, EventType type) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == type), e.toString());
  }

  @ParameterizedTest(name = "taking power: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وتولى السلطان الجديد الحكم في سلطنة عمان في كانون الثاني الماضي خلفا لابن عمه.",
        "وكانت الملكة قد تولت الحكم في الدنمارك عام 1972."
      })
  void testTakingPowerIsAnOtherHappening(String sentence) {
    assertType(sentence, EventType.OTHER);
  }

  @ParameterizedTest(name = "debts: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وفي عام 2008 شطبت الصين ديونا مستحقة على أنغولا بقيمة ملياري دولار.",
        "وكانت فرنسا قد شطبت ديون مالي لدى الخزانة الفرنسية في أيار الماضي."
      })
  void testDebtsWrittenOffAreADeal(String sentence) {
    assertType(sentence, EventType.DEAL);
  }

  @ParameterizedTest(name = "seizure: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وكانت السلطات اليونانية قد صادرت في آب الماضي شحنة أسلحة متجهة إلى ليبيا.",
        "وصادرت الجمارك التركية أمس الأربعاء أطنانا من المخدرات قادمة من سوريا."
      })
  void testGoodsSeizedAreAnIncident(String sentence) {
    assertType(sentence, EventType.INCIDENT);
  }

  @Test
  void testAStatementIssuedIsNoSeizure() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وأكد بيان صادر عن وزارة الخارجية الكينية أمس أن العلاقات مع أوغندا متينة.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.INCIDENT), e.toString());
  }

  @Test
  void testACallAfterAVisitIsAMeetingOfItsOwn() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وكان وزير الخارجية الكيني قد زار أنقرة في آب الماضي والتقى الرئيس التركي. كما أجرى"
                + " الرئيس الكيني وليام روتو والرئيس التركي رجب طيب أردوغان اتصالاً هاتفياً في نهاية"
                + " الشهر ذاته.");
    assertEquals(1, e.stream().filter(x -> x.type() == EventType.VISIT).count(), e.toString());
    assertEquals(1, e.stream().filter(x -> x.type() == EventType.MEETING).count(), e.toString());
  }
}
