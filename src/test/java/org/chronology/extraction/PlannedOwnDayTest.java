package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Planned happenings the guide counts on their own: a meeting of a visit announced for a later day
 * than the news ("ومن المقرر أن يلتقي غداً …", a meeting reported with its own separate date), and
 * the next round or summit scheduled without a date ("اتفق الجانبان على عقد القمة المقبلة").
 */
class PlannedOwnDayTest {

  private static final String ARRIVAL =
      "وصل الرئيس الغاني اليوم الخميس إلى أبوجا في زيارة رسمية إلى نيجيريا تستمر يومين.";

  private static final String FILLER =
      "ويبلغ حجم التبادل التجاري بين البلدين نحو ثلاثمئة مليون دولار سنويا.";

  @Test
  void aMeetingAnnouncedForTomorrowIsItsOwnPlannedEvent() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                ARRIVAL,
                FILLER,
                "ومن المقرر أن يلتقي الرئيس الغاني غدا الجمعة نائب الرئيس النيجيري في القصر"
                    + " الرئاسي."));
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(EventStatus.PLANNED, meeting.status());
    assertEquals(LocalDate.of(2023, 3, 17), meeting.date().start());
    assertEquals(EventStatus.HAPPENED, Fixtures.ofType(events, EventType.VISIT).status());
  }

  @Test
  void todaysProgrammeStaysTheVisits() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                ARRIVAL,
                FILLER,
                "ومن المقرر أن يلتقي الرئيس الغاني مساء اليوم نائب الرئيس النيجيري في القصر"
                    + " الرئاسي."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }

  @Test
  void theNextSummitScheduledWithoutADateIsAPlannedMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "عقد قادة دول غرب أفريقيا أمس الأربعاء قمة طارئة في أبوجا بحثوا فيها الأوضاع"
                    + " الأمنية في المنطقة.",
                "ويبلغ حجم التبادل التجاري بين دول المنطقة نحو عشرة مليارات دولار سنويا.",
                "ومن المقرر أن تستضيف أكرا القمة المقبلة، دون أن يحدد موعدها."));
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent summit = events.get(1);
    assertEquals(EventType.MEETING, summit.type());
    assertEquals(EventStatus.PLANNED, summit.status());
    assertTrue(summit.date() == null || summit.date().start() == null, summit.toString());
  }

  @Test
  void theNextRoundAgreedIsAPlannedMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "أجرى وفدا البلدين أمس الأربعاء في جنيف جولة حوار حول ترسيم الحدود البحرية.",
                "ويبلغ حجم التبادل التجاري بين البلدين نحو مليار دولار سنويا.",
                "واتفق الوفدان على عقد الجولة المقبلة في موعد يحدد لاحقا."));
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent round = events.get(1);
    assertEquals(EventType.MEETING, round.type());
    assertEquals(EventStatus.PLANNED, round.status());
  }
}
