package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide: "the visit of a minister and the meetings he held during it are one `visit` event (the
 * people met are actors of it), unless a meeting is reported with its own separate date". Talks
 * told in the lead on a day after the arrival's, and a meeting planned for another day of the
 * visit, stay meetings of their own.
 */
class MeetingOwnDayTest {

  @Test
  void talksOnTheirOwnDayAfterTheArrivalStayAMeeting() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            2,
            Fixtures.article(
                "عقد الرئيس الجزائري عبد المجيد تبون اليوم الخميس في قصر المرادية جلسة مباحثات مع"
                    + " الرئيس الموريتاني محمد ولد الشيخ الغزواني.",
                "وكان الرئيس الموريتاني قد وصل إلى الجزائر العاصمة أمس الأربعاء في زيارة دولة"
                    + " تستغرق يومين."),
            Fixtures.PUBLISHED);
    ExtractedEvent talks = Fixtures.ofType(events, EventType.MEETING);
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertNotNull(talks, events.toString());
    assertNotNull(visit, events.toString());
    assertEquals(Fixtures.PUBLISHED, talks.date().start());
    assertEquals(Fixtures.PUBLISHED.minusDays(1), visit.date().start());
  }

  @Test
  void theVisitNamedAfterAMeetingPlannedForTomorrowIsNotThatMeeting() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            2,
            Fixtures.article(
                "وصل رئيس الوزراء الماليزي أنور إبراهيم صباح اليوم الخميس إلى أنقرة في زيارة رسمية"
                    + " تستغرق ثلاثة أيام.",
                "ومن المقرر أن يلتقي أنور إبراهيم غداً الجمعة الرئيس التركي رجب طيب أردوغان.",
                "وتأتي الزيارة التي بدأت صباح اليوم في إطار تعزيز العلاقات الاقتصادية بين البلدين."),
            Fixtures.PUBLISHED);
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertNotNull(meeting, events.toString());
    assertEquals(Fixtures.PUBLISHED.plusDays(1), meeting.date().start());
  }
}
