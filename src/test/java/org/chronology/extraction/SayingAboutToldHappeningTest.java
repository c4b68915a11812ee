package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A dated saying about a happening the article told before ("وقالت الوزارة في بيان أصدرته أمس إن
 * الهجوم …") is the guide's statement, a declaration that is itself the news, on the saying's own
 * day: the definite happening noun inside what is said neither types the sentence by itself nor
 * folds the saying into the happening.
 */
class SayingAboutToldHappeningTest {

  static Stream<Arguments> sayings() {
    return Stream.of(
        Arguments.of(
            "هاجم مسلحون يوم الأحد الماضي قافلة شاحنات أردنية قرب الحدود. وقالت وزارة الخارجية"
                + " الأردنية في بيان أصدرته أمس إن الهجوم \"عمل جبان لن يمر دون حساب\".",
            LocalDate.of(2023, 3, 15)),
        Arguments.of(
            "وقعت مصر والسودان اتفاقية للنقل النهري في الثاني من آذار الجاري. وقال وزير الخارجية"
                + " الإثيوبي في مؤتمر صحفي مساء أمس إن الاتفاقية \"لا تعني بلاده في شيء\".",
            LocalDate.of(2023, 3, 15)),
        Arguments.of(
            "وقعت مصر والسودان اتفاقية للنقل النهري في الثاني من آذار الجاري. وقالت وزارة"
                + " الخارجية الإثيوبية اليوم الخميس إنها تدرس الاتفاقية بعناية.",
            LocalDate.of(2023, 3, 16)));
  }

  @ParameterizedTest
  @MethodSource("sayings")
  void theSayingIsAStatementOnItsOwnDay(String text, LocalDate day) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    ExtractedEvent said = Fixtures.ofType(events, EventType.STATEMENT);
    assertEquals(day, said.date().start(), events.toString());
    assertEquals(day, said.date().end(), events.toString());
  }
}
