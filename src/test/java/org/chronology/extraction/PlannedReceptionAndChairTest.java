package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A planned reception of a guest ("ومن المقرر أن تستقبل الرئيسة الوزير غداً") and a planned
 * chairing of a session ("ومن المنتظر أن يترأس الوزيران أعمال الدورة") are talks to be held, the
 * guide's meeting (planned), as "أن يعقد" and "أن يستقبل" are; not an act of no other type.
 * Receiving told as a purpose or a habit is no meeting.
 */
class PlannedReceptionAndChairTest {

  private static final String FILLER =
      "ويبلغ حجم التبادل التجاري بين البلدين نحو مليار دولار سنويا.";

  @Test
  void aPlannedReceptionByAWomanLeaderIsAMeeting() {
    ExtractedEvent e =
        Fixtures.only(
            Fixtures.article(
                FILLER,
                "ومن المقرر أن تستقبل رئيسة الوزراء البريطانية وزير الخارجية الكويتي غداً الجمعة."));
    assertEquals(EventType.MEETING, e.type(), e.toString());
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
  }

  @Test
  void aPlannedChairingOfASessionIsAMeeting() {
    ExtractedEvent e =
        Fixtures.only(
            Fixtures.article(
                FILLER,
                "ومن المنتظر أن يترأس الوزيران أعمال الدورة الخامسة للجنة الأردنية المغربية يوم"
                    + " الأحد المقبل."));
    assertEquals(EventType.MEETING, e.type(), e.toString());
    assertEquals(EventStatus.PLANNED, e.status(), e.toString());
  }

  @Test
  void receivingAsAPurposeOrAHabitIsNoMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "ومن المنتظر أن تكتمل أعمال الميناء الجديد العام المقبل لتستقبل سفناً تجارية كبيرة.",
                "وتستقبل المدينة آلاف السياح كل عام."));
    assertEquals(
        0, events.stream().filter(e -> e.type() == EventType.MEETING).count(), events.toString());
  }
}
