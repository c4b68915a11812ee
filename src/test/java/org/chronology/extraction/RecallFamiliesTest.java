package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Families of writing that report a happening and were missed or mistyped (sentences of our own).
 */
class RecallFamiliesTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "دانت وزارة الخارجية الأردنية أمس الأربعاء القصف الذي استهدف القافلة.|statement",
        "واستنكرت الحكومة الكويتية يوم الثلاثاء الاعتداء على مقر بعثتها.|statement",
        "ورفض المتحدث باسم الرئاسة التونسية أمس الاتهامات الليبية جملة وتفصيلا.|statement",
        "انتقدت موسكو اليوم الخميس قرار واشنطن نشر صواريخ في أوروبا.|statement",
        "رحبت سلطنة عمان أمس الأربعاء بالتفاهم بين الرياض وطهران.|statement",
        "وأعربت وزارة الخارجية الموريتانية مساء أمس عن أسفها للخطوة المغربية.|statement",
        "واعتذرت الحكومة الأرمينية يوم الاثنين للجانب الإيراني عن الحادث.|statement"
      })
  void testReactionsAreStatements(String sentence, String type) {
    assertEquals(EventType.fromCode(type), Fixtures.only(sentence).type());
  }

  @ParameterizedTest(name = "one event: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "اجتمع وزير الدفاع القطري بنظيره التركي في أنقرة يوم 14 آذار 2023، وأعرب الأخير عن"
            + " ارتياحه لتطور التعاون.|meeting",
        "زار وزير الخارجية الجزائري تونس أمس الأربعاء، ورحب الرئيس التونسي بالزيارة.|visit"
      })
  void testWhatIsSaidAtTalksIsPartOfThem(String sentence, String type) {
    assertEquals(EventType.fromCode(type), Fixtures.only(sentence).type());
  }
}
