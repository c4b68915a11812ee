package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "ومن المنتظر أن يلتقي …، وأن يوقع …": a present verb in a second complement conjoined by "وأن" is
 * planned like the first (guide, Status: planned), not dropped as a habit told in the present.
 */
class ConjoinedPlanTest {

  @Test
  void aSigningConjoinedToAnExpectedMeetingIsAPlannedDeal() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "يزور وزير الخارجية الأردني مدريد الأسبوع المقبل. ومن المنتظر أن يلتقي الوزير خلال"
                + " الزيارة نظيره الإسباني، وأن يوقع الوزيران اتفاقية للتعاون في مجال المياه.");
    assertEquals(2, events.size(), events.toString());
    assertTrue(
        events.stream()
            .anyMatch(e -> e.type() == EventType.DEAL && e.status() == EventStatus.PLANNED),
        events.toString());
  }
}
