package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The launch of a project's works, or the ceremony opening them, is the guide's "opened": a dated
 * happening of its own (`other`), told by a noun (إطلاق أعمال، مراسم تدشين) or by a verb whose
 * object follows it (أطلقت أعمال، انطلقت أعمال).
 */
class ProjectLaunchTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2025, 10, 15);

  static Stream<Arguments> launches() {
    return Stream.of(
        // a ceremony noun, the day told after the verb
        Arguments.of(
            "وحضر وزير الطاقة الأردني أمس الثلاثاء مراسم تدشين محطة للطاقة الشمسية تمولها"
                + " الإمارات في محافظة معان.",
            LocalDate.of(2025, 10, 14)),
        // a launch noun after a verb of witnessing, a weekday
        Arguments.of(
            "وشهد رئيسا البلدين عبر الاتصال المرئي يوم الاثنين إطلاق أعمال بناء مصفاة مشتركة"
                + " في ميناء غوادر.",
            LocalDate.of(2025, 10, 13)),
        // the verb, its subject after the object, a month and year
        Arguments.of(
            "وانطلقت أعمال المرحلة الأولى من مشروع الربط الكهربائي بين مصر والسعودية في مارس"
                + " 2021 بتمويل من الصندوق العربي.",
            LocalDate.of(2021, 3, 1)),
        // a passive verb in a live-blog line
        Arguments.of(
            "10:30 - أُطلقت أعمال بناء الجسر الحدودي بين قرغيزستان وطاجيكستان صباح اليوم.",
            WEDNESDAY));
  }

  @ParameterizedTest
  @MethodSource("launches")
  void launchIsAHappeningOfItsOwn(String text, LocalDate start) {
    List<ExtractedEvent> events = Fixtures.extract(text, WEDNESDAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.OTHER, events.get(0).type(), events.toString());
    assertTrue(events.get(0).date().start() != null, events.toString());
    assertEquals(start, events.get(0).date().start(), events.toString());
  }
}
