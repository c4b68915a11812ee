package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A summit or conference a visitor takes part in where he went ("حيث شارك في قمة …") is a meeting
 * of its own beside the visit; talks he held there stay the visit.
 */
class GatheringJoinedOnVisitTest {

  @Test
  void summitJoinedOnAVisitIsItsOwnMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل الرئيس الكيني إلى جيبوتي أمس الأربعاء في زيارة رسمية، حيث شارك في قمة الهيئة"
                + " الحكومية للتنمية مع رئيس الوزراء الإثيوبي آبي أحمد.");
    assertNotNull(Fixtures.ofType(events, EventType.VISIT), events.toString());
    assertNotNull(Fixtures.ofType(events, EventType.MEETING), events.toString());
  }

  @Test
  void summitJoinedDuringAnEarlierVisitIsItsOwnMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "زار الرئيس الكيني جيبوتي في فبراير الماضي، وشارك خلالها في قمة الهيئة الحكومية"
                + " للتنمية.");
    assertEquals(2, events.size(), events.toString());
    assertNotNull(Fixtures.ofType(events, EventType.MEETING), events.toString());
  }

  @Test
  void talksHeldOnTheVisitStayTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل الرئيس الكيني إلى جيبوتي أمس الأربعاء في زيارة رسمية، حيث أجرى محادثات مع نظيره"
                + " الجيبوتي.");
    assertEquals(1, events.size(), events.toString());
  }
}
