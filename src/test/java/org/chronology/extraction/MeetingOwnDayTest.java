package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide: "the visit of a minister and the meetings he held during it are one `visit` event (the
 * people met are actors of it), unless a meeting is reported with its own separate date". Talks
 * told in the lead on a day after the arrival's, and a meeting planned for another day of the
 * visit, stay meetings of their own.
 */
class MeetingOwnDayTest {

  /** A Saturday: the talks are told as today's, the arrival as yesterday's. */
  private static final LocalDate SATURDAY = LocalDate.of(2023, 3, 18);

  @Test
  void talksOnTheirOwnDayAfterTheArrivalStayAMeeting() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            2,
            Fixtures.article(
                "عقد الرئيس المصري عبد الفتاح السيسي، اليوم السبت، جلسة مباحثات مع الرئيس السنغالي"
                    + " ماكي سال بقصر الاتحادية، تناولت سبل تعزيز التعاون الاقتصادي بين البلدين.",
                "وكان الرئيس السنغالي قد وصل إلى القاهرة أمس الجمعة في زيارة رسمية تستغرق ثلاثة"
                    + " أيام، وكان في استقباله بالمطار الرئيس السيسي."),
            SATURDAY);
    ExtractedEvent talks = Fixtures.ofType(events, EventType.MEETING);
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(SATURDAY, talks.date().start());
    assertEquals(SATURDAY.minusDays(1), visit.date().start());
  }

  /** A guard: a meeting planned for another day of the visit stays that meeting. */
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
