package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModalityTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "زار وزير الخارجية التركي باكو في 10 آذار 2023.|happened",
        "من المقرر أن يزور وزير الخارجية التركي باكو في 20 آذار 2023.|planned",
        "سيزور وزير الخارجية التركي باكو في 20 آذار 2023.|planned",
        "أعلنت الرئاسة تأجيل زيارة وزير الخارجية التركي إلى باكو في 10 آذار 2023.|cancelled",
        "قررت الحكومة إلغاء صفقة شراء الطائرات في 10 آذار 2023.|cancelled",
        "ظهرت تقارير عن شراء أذربيجان منظومة دفاع جوي في 10 آذار 2023.|reported",
        "في شباط 2023، فكرت أذربيجان في شراء نظام صاروخي إسرائيلي.|reported",
        "لم يوقع الطرفان الاتفاقية في 10 آذار 2023.|cancelled",
        "اعتقلت الشرطة في 10 آذار 2023 رجلا يشتبه في تخطيطه لهجوم.|happened"
      })
  void testStatusFromModalityCues(String sentence, String status) {
    assertEquals(EventStatus.fromCode(status), Fixtures.only(sentence).status());
  }

  /**
   * A happening told by its noun after a future light verb, or before a future passive helper, is
   * planned and kept even without a date or a named actor; in what a dated declaration says, the
   * step is a decision taken that day. A helper in a relative clause tells of something else.
   */
  @ParameterizedTest(name = "{1} {2}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وبحسب البيان المشترك، ستعيد الحكومتان فتح قنصليتيهما خلال الأشهر المقبلة.|diplomatic|planned",
        "وقال المتحدث إن بلاده ستفتح سفارة في الرباط قبل نهاية العام.|diplomatic|planned",
        "وأوضح الوزير أن مكتبي الاتصال في البلدين سيعاد فتحهما خلال أسبوعين.|diplomatic|planned",
        "أعلنت الحكومتان يوم الثلاثاء أنهما ستعيدان العلاقات الدبلوماسية بينهما.|diplomatic|happened",
        "وقع البلدان يوم 10 آذار 2023 الاتفاقية التي سيتم تنفيذها على مراحل.|deal|happened"
      })
  void testFutureHelperBeforeOrAfterTheNoun(String sentence, String type, String status) {
    ExtractedEvent e = Fixtures.only(sentence);
    assertEquals(EventType.fromCode(type), e.type());
    assertEquals(EventStatus.fromCode(status), e.status());
  }
}
