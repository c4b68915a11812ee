package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A clause opened by a cause word (غداة، إثر، بعد، عقب) with a date phrase of its own, after a
 * dated happening, tells the earlier happening that led to it: a happening of its own, even when no
 * trigger word names it. A time of day (بعد ظهر) or a period's start (بعدما بقي مغلقا منذ) is no
 * such clause, nor is a cause whose date may be the happening's own (no date before the word).
 */
class CauseClauseTest {

  static Stream<Arguments> sentences() {
    return Stream.of(
        // after a comma, no trigger word in the cause clause
        Arguments.of(
            "أرسلت كندا في الثاني من مارس طائرة مساعدات إلى نيبال، غداة الفيضانات التي اجتاحت"
                + " وادي كاتماندو في الأول من الشهر نفسه.",
            2),
        // inside one clause
        Arguments.of(
            "استدعت بيرو سفيرها لدى المكسيك في 12 ديسمبر 2022 إثر عزل الرئيس بيدرو كاستيو في"
                + " السابع من الشهر نفسه.",
            2),
        // a time of day, not a cause
        Arguments.of("وصل وزير الخارجية الكندي إلى نيروبي بعد ظهر الثلاثاء في زيارة رسمية.", 1),
        // a period's start, not a happening
        Arguments.of(
            "أعادت السلطات الكينية أمس فتح معبر ناماناغا الحدودي مع تنزانيا بعدما بقي مغلقا منذ"
                + " الصيف الماضي.",
            1));
  }

  @ParameterizedTest
  @MethodSource("sentences")
  void causeWithItsOwnDateIsItsOwnHappening(String text, int happenings) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
  }

  @Test
  void causeTakesItsOwnDate() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أرسلت كندا في الثاني من مارس طائرة مساعدات إلى نيبال، غداة الفيضانات التي اجتاحت"
                + " وادي كاتماندو في الأول من الشهر نفسه.");
    assertTrue(
        events.stream().anyMatch(e -> LocalDate.of(2023, 3, 1).equals(e.date().start())),
        events.toString());
    assertTrue(
        events.stream().anyMatch(e -> LocalDate.of(2023, 3, 2).equals(e.date().start())),
        events.toString());
  }
}
