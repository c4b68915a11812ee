package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The host's reception still to come, the guest named only by the verb's pronoun ("ومن المقرر أن
 * يستقبله الملك غدا"): a meeting of the visit's programme with a named official and a day of its
 * own is its own planned meeting, and the arrival told before it stays a visit that happened
 * (sentences of our own, published Thursday 16 March 2023).
 */
class PlannedReceptionTest {

  @Test
  void testAReceptionTomorrowIsItsOwnPlannedMeeting() {
    List<ExtractedEvent> e =
        extract(
            article(
                "وصل رئيس الوزراء البرتغالي إلى الرباط اليوم الخميس في زيارة رسمية تستغرق"
                    + " يومين، ومن المقرر أن يستقبله العاهل المغربي الملك محمد السادس غدا."));
    ExtractedEvent meeting = ofType(e, EventType.MEETING);
    assertEquals(LocalDate.of(2023, 3, 17), meeting.date().start(), e.toString());
    assertEquals(EventStatus.PLANNED, meeting.status(), e.toString());
    ExtractedEvent visit = ofType(e, EventType.VISIT);
    assertEquals(EventStatus.HAPPENED, visit.status(), e.toString());
  }

  @Test
  void testAReceptionThisEveningAfterYesterdaysArrival() {
    List<ExtractedEvent> e =
        extract(
            article(
                "وكانت وزيرة الخارجية الكندية قد حلت أمس الأربعاء بالكويت في زيارة عمل، ومن"
                    + " المنتظر أن يستقبلها ولي العهد الكويتي مساء اليوم."));
    ExtractedEvent meeting = ofType(e, EventType.MEETING);
    assertEquals(LocalDate.of(2023, 3, 16), meeting.date().start(), e.toString());
    assertEquals(EventStatus.PLANNED, meeting.status(), e.toString());
  }
}
