package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit told by its close and the day it began ("يختتم الوزير اليوم زيارة بدأها أمس") began on
 * that day: a meeting held on the day of the telling ("ويلتقي الوزير اليوم رئيس الوزراء") is on a
 * day of its own after the arrival, so its own meeting (the guide: the meetings of a visit are the
 * visit's "unless a meeting is reported with its own separate date"). The first day of a tour the
 * stop belongs to is not the stop's arrival.
 */
class BegunStayMeetingTest {

  private static final String FILLER =
      "ويبلغ حجم التبادل التجاري بين البلدين نحو مليار دولار سنويا.";

  @Test
  void aMeetingOnTheClosingDayOfAStayBegunTheDayBeforeIsItsOwn() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "يختتم وزير الخارجية الإيطالي أنطونيو تاياني اليوم زيارة إلى الكويت بدأها أمس"
                    + " الأربعاء، أجرى خلالها مباحثات مع نظيره الكويتي عبدالله اليحيا.",
                FILLER,
                "ويلتقي تاياني اليوم رئيس مجلس الوزراء الكويتي قبل مغادرته البلاد."));
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(Fixtures.PUBLISHED, meeting.date().start());
    Fixtures.ofType(events, EventType.VISIT);
  }

  @Test
  void theFirstDayOfATourIsNotTheArrivalAtItsStop() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل وزير الخارجية الإيطالي أنطونيو تاياني اليوم إلى الكويت، المحطة الثانية من"
                    + " جولة خليجية بدأها أمس الأربعاء من الرياض.",
                FILLER,
                "ويلتقي تاياني اليوم رئيس مجلس الوزراء الكويتي في قصر بيان."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
  }
}
