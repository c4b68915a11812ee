package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hastening to welcome or congratulate ("وسارع … إلى الترحيب بالقرار") is the welcome itself: a
 * declaration of a position, the guide's statement, like رحب (sentences of our own).
 */
class HastenedWelcomeTest {

  private static final LocalDate FRIDAY = LocalDate.of(2024, 6, 14);

  static Stream<String> welcomes() {
    return Stream.of(
        // a head of government welcoming another state's vote
        "صوت البرلمان الكيني أمس الخميس على إعادة فتح الحدود مع الصومال. وسارع رئيس الوزراء"
            + " الصومالي إلى الترحيب بالخطوة، معتبراً أنها بداية مرحلة جديدة.",
        // a presidency congratulating the winner, the verb in the feminine
        "فاز حزب المعارضة في الانتخابات التشريعية في منغوليا يوم الأربعاء. وبادرت الرئاسة"
            + " الروسية إلى تهنئة الحزب الفائز، داعية إلى تعزيز التعاون الاقتصادي.",
        // a ministry, the welcome told before its reason
        "أعلنت الحكومة الأرمينية أمس الخميس الإفراج عن عشرة أسرى أذربيجانيين. وسارعت الخارجية"
            + " التركية إلى الترحيب بالإفراج عن الأسرى.");
  }

  @ParameterizedTest
  @MethodSource("welcomes")
  void welcomeIsAStatement(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, FRIDAY);
    String welcome = text.substring(text.indexOf(". ") + 2);
    assertTrue(
        events.stream()
            .anyMatch(e -> e.type() == EventType.STATEMENT && welcome.equals(e.evidence().text())),
        events.toString());
  }
}
