package org.chronology.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
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

  @Test
  void oneCheckerForManyLinesAnswersAsAFreshOneForEach() {
    // the matchers a checker keeps are reset on each line: a furniture line before or after a line
    // of text does not change either answer
    List<String> lines =
        List.of(
            "شارك الخبر",
            "زار وزير الدفاع باكو أمس.",
            "",
            "فيسبوك",
            "(أ ف ب) زار الوزير باكو وأجرى محادثات.",
            "1234",
            "أخبار ذات صلة");
    PageFurniture.Lines checker = FURNITURE.lines();
    for (String line : lines) {
      String normalized = ArabicNormalizer.normalize(line).text();
      assertEquals(FURNITURE.isFurniture(normalized), checker.isFurniture(normalized), line);
    }
    assertEquals(
        List.of(true, false, true, true, false, true, true),
        lines.stream()
            .map(l -> checker.isFurniture(ArabicNormalizer.normalize(l).text()))
            .toList());
  }
}
