package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit told with no date phrase, in the present of the article's own day (a ticker's "يصل الوزير
 * إلى …"), is that day's news: a meeting of the stay dated after that day ("ويلتقي غداً رئيس
 * الوزراء") has its own separate date (the guide's exception to a visit's meetings being the visit)
 * and is its own event.
 */
class TodaysVisitMeetingTest {

  private static final String ARRIVES =
      "09:50 وزير الخارجية الكيني موساليا مودافادي يصل إلى الأردن في زيارة رسمية هي الأولى من"
          + " نوعها";

  private static final String HEADLINE = "شريط الأخبار";

  private static final String FILLER =
      "10:30 البرلمان يصادق بالقراءة الأولى على مشروع قانون الموازنة";

  @Test
  void aMeetingTomorrowIsNotTheUndatedArrivalOfToday() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                HEADLINE,
                ARRIVES,
                FILLER,
                "14:00 مودافادي يلتقي غدا رئيس الوزراء الأردني بشر الخصاونة قبل مغادرته البلاد"));
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(Fixtures.PUBLISHED.plusDays(1), meeting.date().start());
    assertEquals(EventStatus.PLANNED, meeting.status());
    Fixtures.ofType(events, EventType.VISIT);
  }

  @Test
  void anUndatedMeetingStaysTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                HEADLINE,
                ARRIVES,
                FILLER,
                "14:00 مودافادي يلتقي خلال الزيارة رئيس الوزراء الأردني بشر الخصاونة"));
    Fixtures.ofType(events, EventType.VISIT);
    assertEquals(
        0, events.stream().filter(e -> e.type() == EventType.MEETING).count(), events.toString());
  }
}
