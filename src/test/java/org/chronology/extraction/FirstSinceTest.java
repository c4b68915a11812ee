package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "The first visit since …" characterises the visit just told: one event, dated by the visit, not
 * by the start of the gap after منذ. The last visit of years ago is another happening.
 */
class FirstSinceTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

  static Stream<Arguments> counted() {
    return Stream.of(
        // a sentence of its own; the taking of office dated after منذ is a happening of its own
        // (other), told in passing, not a second visit
        Arguments.of(
            2,
            1,
            "وصل الرئيس الكيني وليام روتو مساء أمس الاثنين إلى أديس أبابا في زيارة رسمية تستغرق"
                + " يومين.\n\nوهذه أول زيارة يجريها روتو إلى إثيوبيا منذ توليه الرئاسة عام 2022."),
        // in the arrival's own sentence, past a clause on the reception; the relations restored
        // early in 2019 are a dated happening of their own (diplomatic), not a second visit
        Arguments.of(
            2,
            1,
            "وصل العاهل الأردني مساء أمس إلى بغداد، وكان في استقباله رئيس الوزراء العراقي، في أول"
                + " زيارة له إلى العراق منذ عودة العلاقات مطلع عام 2019."),
        // the last visit, years ago, is one of its own
        Arguments.of(
            2,
            2,
            "وصل الرئيس الكيني وليام روتو مساء أمس الاثنين إلى أديس أبابا في زيارة رسمية تستغرق"
                + " يومين.\n\nوكانت آخر زيارة لرئيس كيني إلى إثيوبيا قد جرت عام 2018."));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneVisit(int happenings, int visitCount, String text) {
    List<ExtractedEvent> events = Fixtures.assertEvents(happenings, text, TUESDAY);
    List<ExtractedEvent> visits =
        events.stream().filter(e -> e.happening().type() == EventType.VISIT).toList();
    assertEquals(visitCount, visits.size(), "visits");
    assertEquals(TUESDAY.minusDays(1), visits.get(0).date().start());
  }
}
