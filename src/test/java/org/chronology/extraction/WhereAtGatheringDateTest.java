package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An act told in a clause opened by "حيث" right after a visit or a meeting with its day ("يزور
 * الوزير كمبالا الأحد المقبل، حيث يوقع الجانبان اتفاقية") takes place at that gathering, so it
 * shares its date, as after "خلالها" (sentences of our own; the fixtures' publication day is
 * Thursday 16 March 2023).
 */
class WhereAtGatheringDateTest {

  @Test
  void testASigningWhereAVisitTakesPlaceHasTheVisitsDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ومن المقرر أن يزور وزير الخارجية الكيني كمبالا يوم الأحد المقبل، حيث يوقع الجانبان"
                + " اتفاقية للتعاون في مجال الطاقة.");
    ExtractedEvent deal = Fixtures.ofType(events, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 19), deal.date().start(), events::toString);
  }

  @Test
  void testASigningWhereAMeetingTakesPlaceHasTheMeetingsDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ومن المقرر أن يلتقي وزير الخارجية الكيني غداً الجمعة على هامش القمة نظيره"
                + " الأوغندي، حيث سيوقع الجانبان اتفاقية للإعفاء المتبادل من التأشيرات.");
    assertTrue(
        events.stream()
            .anyMatch(
                e ->
                    e.type() != EventType.MEETING
                        && e.type() != EventType.VISIT
                        && LocalDate.of(2023, 3, 17).equals(e.date().start())),
        events::toString);
  }
}
