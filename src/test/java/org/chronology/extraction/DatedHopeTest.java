package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening hoped for with its own time in its clause ("وتتطلع الحكومة إلى زيارة الرئيس خلال
 * الصيف المقبل") is set for that time: a planned event (guide: planned for future or scheduled
 * events), unlike a hope with no time, which stays a wish (sentences of our own).
 */
class DatedHopeTest {

  @Test
  void testAVisitHopedForNextSummerIsPlanned() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وتتطلع الحكومة الأردنية إلى زيارة رئيس الوزراء الياباني إلى عمان خلال الصيف المقبل.");
    ExtractedEvent v = Fixtures.ofType(e, EventType.VISIT);
    assertEquals(EventStatus.PLANNED, v.status(), e.toString());
  }

  @Test
  void testADelegationHopedForInMayIsPlanned() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "ويتطلع الجانب التونسي إلى استقبال وفد اقتصادي قطري في أيار المقبل لبحث فرص الاستثمار.");
    ExtractedEvent v = Fixtures.ofType(e, EventType.VISIT);
    assertEquals(EventStatus.PLANNED, v.status(), e.toString());
  }
}
