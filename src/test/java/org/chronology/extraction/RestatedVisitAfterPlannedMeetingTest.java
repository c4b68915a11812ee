package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "وتأتي الزيارة بعد …" told after a visit and a meeting planned since: the restated visit noun is
 * the visit told, and the planned meeting (a joint committee's next session) stays a meeting
 * (sentences of our own).
 */
class RestatedVisitAfterPlannedMeetingTest {

  @Test
  void testACommitteesPlannedSessionStaysAMeeting() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            Fixtures.article(
                "أنهى وزير الخارجية الكيني موساليا مودافادي أمس الأربعاء زيارة إلى العاصمة"
                    + " الإثيوبية أديس أبابا، بحث خلالها مع نظيره تعاون البلدين في مجال المياه.",
                "ومن المقرر أن تعقد اللجنة الوزارية المشتركة اجتماعها الأول في نيروبي قبل نهاية"
                    + " العام الجاري، وفق ما أفادت به مصادر دبلوماسية.",
                "وتأتي الزيارة بعد نحو شهرين من زيارة أجراها وفد إثيوبي برئاسة نائب رئيس الوزراء"
                    + " إلى نيروبي."));
    ExtractedEvent session = sessionOf(e, "اللجنة الوزارية");
    assertEquals(EventType.MEETING, session.type(), e.toString());
    assertEquals(EventStatus.PLANNED, session.status(), e.toString());
  }

  private static ExtractedEvent sessionOf(List<ExtractedEvent> events, String words) {
    return events.stream()
        .filter(x -> x.evidence().text().contains(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event of \"" + words + "\" among " + events));
  }
}
