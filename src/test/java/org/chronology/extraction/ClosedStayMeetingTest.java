package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit told by its close and its length ("اختتم الوزير أمس زيارة استمرت ثلاثة أيام") began days
 * before the closing day: a reception or talks held on a day of the stay after its first are on a
 * day of their own, so their own meeting beside the visit (the guide: the meetings of a visit are
 * the visit's "unless a meeting is reported with its own separate date"). Talks on the first day of
 * the stay so counted stay the visit's.
 */
class ClosedStayMeetingTest {

  private static final String CLOSE =
      "اختتم رئيس الوزراء البرتغالي أنطونيو كوستا أمس الأربعاء زيارة رسمية إلى المغرب استمرت"
          + " ثلاثة أيام.";

  private static final String FILLER =
      "ويبلغ حجم التبادل التجاري بين البلدين نحو ملياري يورو سنويا.";

  @Test
  void aReceptionOnTheSecondDayOfAStayToldByItsCloseIsItsOwnMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                CLOSE,
                FILLER,
                "وكان الملك محمد السادس قد استقبل كوستا في القصر الملكي بالرباط يوم الثلاثاء،"
                    + " وبحثا سبل تعزيز التعاون."));
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(Fixtures.PUBLISHED.minusDays(2), meeting.date().start());
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(Fixtures.PUBLISHED.minusDays(3), visit.date().start());
  }

  @Test
  void talksOnTheFirstDayOfTheStayStayTheVisits() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                CLOSE,
                FILLER,
                "وكان الملك محمد السادس قد استقبل كوستا في القصر الملكي بالرباط يوم الاثنين،"
                    + " وبحثا سبل تعزيز التعاون."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }
}
