package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting held during a visit is the visit's unless it is reported with its own separate date
 * (the guide): one held or announced for a later day of the stay than the arrival's is its own
 * meeting (planned when still to come), also within the days the stay is told to last; one with no
 * day of its own, on the arrival's day, or a call on no official, stays the visit's.
 */
class OwnDayMeetingTest {

  private static final String ARRIVAL =
      "وصل رئيس الوزراء المالطي روبرت أبيلا مساء أمس الأربعاء إلى تونس في زيارة رسمية تستغرق"
          + " ثلاثة أيام.";

  private static final String TALKS =
      "وعقد أبيلا مساء أمس جلسة محادثات مع نظيره التونسي تناولت ملف الهجرة.";

  private static final String FILLER =
      "ويبلغ حجم التبادل التجاري بين البلدين نحو أربعمئة مليون دولار سنويا.";

  @Test
  void aMeetingAnnouncedForTheNextDayOfTheStayIsItsOwnPlannedEvent() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                ARRIVAL,
                TALKS,
                FILLER,
                "ومن المقرر أن يلتقي رئيس الوزراء المالطي اليوم الخميس الرئيس التونسي قيس سعيد في"
                    + " قصر قرطاج."));
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(EventStatus.PLANNED, meeting.status());
    assertEquals(Fixtures.PUBLISHED, meeting.date().start());
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(EventStatus.HAPPENED, visit.status());
    assertEquals(LocalDate.of(2023, 3, 15), visit.date().start());
  }

  @Test
  void talksHeldOnADayAfterTheArrivalAreTheirOwnMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل وزير الخارجية البرتغالي جواو كرافينيو مساء أمس الأربعاء إلى عمّان في زيارة"
                    + " رسمية للمملكة.",
                FILLER,
                "وأجرى كرافينيو صباح اليوم الخميس محادثات مع نظيره الأردني أيمن الصفدي تناولت"
                    + " التعاون في مجالي الطاقة والتعليم."));
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(EventStatus.HAPPENED, meeting.status());
    assertEquals(Fixtures.PUBLISHED, meeting.date().start());
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(LocalDate.of(2023, 3, 15), visit.date().start());
  }

  @Test
  void talksHeldOnTheArrivalDayStayTheVisits() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل وزير الخارجية البرتغالي جواو كرافينيو مساء أمس الأربعاء إلى عمّان في زيارة"
                    + " رسمية للمملكة.",
                FILLER,
                "وأجرى كرافينيو مساء أمس محادثات مع نظيره الأردني أيمن الصفدي تناولت التعاون في"
                    + " مجالي الطاقة والتعليم."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }

  @Test
  void aMeetingWithoutADayOfItsOwnStaysTheVisits() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                ARRIVAL,
                TALKS,
                FILLER,
                "ومن المقرر أن يلتقي رئيس الوزراء المالطي خلال الزيارة الرئيس التونسي قيس سعيد في"
                    + " قصر قرطاج."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }

  @Test
  void aCallOnBusinessmenOnALaterDayStaysTheVisits() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                ARRIVAL,
                TALKS,
                FILLER,
                "ومن المقرر أن يلتقي رئيس الوزراء المالطي غدا الجمعة رجال أعمال من البلدين."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }
}
