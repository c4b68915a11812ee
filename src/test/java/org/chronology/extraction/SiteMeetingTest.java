package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A call at a place in a visit's programme, on a later day, whose clause goes on to a meeting there
 * with an official ("ومن المقرر أن يزور غداً مقر الجامعة، حيث يلتقي أمينها العام"): it is the
 * meeting of its own day (dev conventions: announced programme items with a named official), not a
 * fold of the visit; a leg to another city stays a visit (sentences of our own, published Thursday
 * 16 March 2023).
 */
class SiteMeetingTest {

  @Test
  void testACallAtAPlaceWhereTheGuestMeetsAnOfficialIsAMeeting() {
    List<ExtractedEvent> e =
        extract(
            article(
                "وصل الرئيس السنغالي ماكي سال إلى القاهرة اليوم الخميس في زيارة رسمية تستغرق ثلاثة"
                    + " أيام.",
                "ومن المقرر أن يزور الرئيس السنغالي غداً الجمعة مقر جامعة الدول العربية، حيث يلتقي"
                    + " الأمين العام للجامعة أحمد أبو الغيط."));
    ExtractedEvent meeting = ofType(e, EventType.MEETING);
    assertEquals(LocalDate.of(2023, 3, 17), meeting.date().start(), e.toString());
    assertEquals(EventStatus.PLANNED, meeting.status(), e.toString());
    ofType(e, EventType.VISIT);
  }

  @Test
  void testALegToAnotherCityIsNoMeeting() {
    List<ExtractedEvent> e =
        extract(
            article(
                "وصل الرئيس السنغالي ماكي سال إلى القاهرة اليوم الخميس في زيارة رسمية تستغرق ثلاثة"
                    + " أيام.",
                "ومن المقرر أن يزور الرئيس السنغالي مدينة الإسكندرية غداً الجمعة، حيث يلتقي"
                    + " محافظ الإسكندرية محمد طاهر الشريف."));
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.MEETING), e.toString());
  }
}
