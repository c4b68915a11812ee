package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting or reception told as held on a later day of a stay ("في اليوم الثاني من زيارته"، "في
 * ثاني أيام زيارته") has a day of its own apart from the arrival's (dev convention review round 62,
 * item 1, after the guide's "unless a meeting is reported with its own separate date"): the stay's
 * noun is that day's setting, not the happening the clause tells, so the meeting is its own event
 * beside the visit. Without such a day, a reception of the visiting guest stays the visit.
 */
class LaterDayOfStayMeetingTest {

  private static final String ARRIVAL =
      "وصل الرئيس الغاني جون ماهاما مساء أمس الأربعاء إلى القاهرة في زيارة رسمية.";

  private static final String FILLER =
      "ويبلغ حجم التبادل التجاري بين البلدين نحو ثلاثمئة مليون دولار سنويا.";

  @Test
  void aReceptionOnTheSecondDayOfTheStayIsItsOwnMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                ARRIVAL,
                FILLER,
                "واستقبل الرئيس عبد الفتاح السيسي اليوم الخميس الرئيس الغاني جون ماهاما والوفد"
                    + " المرافق له، في اليوم الثاني من زيارته، في قصر الاتحادية."));
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(Fixtures.PUBLISHED, meeting.date().start());
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(LocalDate.of(2023, 3, 15), visit.date().start());
  }

  @Test
  void talksOnTheSecondDayOfAVisitAreNotTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                ARRIVAL,
                FILLER,
                "وعقد الرئيسان اليوم الخميس جلسة محادثات في قصر الاتحادية، في ثاني أيام زيارة"
                    + " الرئيس الغاني إلى مصر."));
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(Fixtures.PUBLISHED, meeting.date().start());
    Fixtures.ofType(events, EventType.VISIT);
  }

  @Test
  void aReceptionOfTheGuestWithNoDayOfTheStayStaysTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "استقبل الرئيس عبد الفتاح السيسي اليوم الخميس في قصر الاتحادية الرئيس الغاني جون"
                    + " ماهاما الذي يقوم بزيارة رسمية إلى مصر.",
                FILLER));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }
}
