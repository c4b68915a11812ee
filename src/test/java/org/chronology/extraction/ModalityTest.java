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
}
