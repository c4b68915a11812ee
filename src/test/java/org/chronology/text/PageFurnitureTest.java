package org.chronology.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageFurnitureTest {

  private static final PageFurniture FURNITURE = PageFurniture.standard();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "محرك البحث|true",
        "شارك الخبر|true",
        "أخبار ذات صلة|true",
        "أضف تعليق|true",
        "يجب عليك الدخول لترك تعليق.|true",
        "زر الذهاب إلى الأعلى|true",
        "العودة إلى أعلى الصفحة|true",
        "وكالات- المواطن|true",
        "الكاتب: غرفة التحرير|true",
        "(من اليسار: الرئيس ووزير الخارجية في مؤتمر صحفي)|true",
        "مشاركة :|true",
        "أخبار » سياسة » دولي|true",
        "فيسبوك|true",
        "1234|true",
        "زار وزير الدفاع باكو أمس.|false",
        "(أ ف ب) زار الوزير باكو وأجرى محادثات.|false"
      })
  void testFurnitureLines(String line, boolean furniture) {
    assertEquals(furniture, FURNITURE.isFurniture(ArabicNormalizer.normalize(line).text()));
  }
}
