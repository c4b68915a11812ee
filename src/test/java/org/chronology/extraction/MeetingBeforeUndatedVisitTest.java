package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks dated on a day of their own, then the visit named again without a date ("ومن المتوقع أن
 * تشهد الزيارة …"): the guide keeps a visit's meetings in the visit "unless a meeting is reported
 * with its own separate date", so the talks stay a meeting beside the arrival's visit (sentences of
 * our own).
 */
class MeetingBeforeUndatedVisitTest {

  /** A Tuesday: the arrival is yesterday evening's, the talks this morning's. */
  private static final LocalDate TUESDAY = LocalDate.of(2024, 4, 16);

  @Test
  void talksOfThisMorningStayAMeetingWhenTheVisitIsNamedAgainUndated() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل إلى نواكشوط مساء أمس رئيس جمهورية غانا نانا أكوفو أدو في زيارة رسمية تستمر"
                    + " ثلاثة أيام.",
                "ويعقد الرئيس الموريتاني محمد ولد الغزواني وضيفه جلسة مباحثات رسمية صباح اليوم في"
                    + " القصر الرئاسي، تتناول التعاون في مجالي الصيد والطاقة.",
                "ومن المنتظر أن تشهد الزيارة توقيع عدد من مذكرات التفاهم بين البلدين."),
            TUESDAY);
    ExtractedEvent talks = Fixtures.ofType(events, EventType.MEETING);
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(TUESDAY, talks.date().start(), events.toString());
    assertEquals(TUESDAY.minusDays(1), visit.date().start(), events.toString());
  }

  /** A guard: talks told with the arrival, on its day, stay in the visit named after them. */
  @Test
  void talksOfTheArrivalStayTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل الرئيس الغاني نانا أكوفو أدو إلى نواكشوط مساء أمس في زيارة رسمية، وأجرى فور"
                    + " وصوله مباحثات مع نظيره الموريتاني محمد ولد الغزواني.",
                "ومن المنتظر أن تشهد الزيارة توقيع عدد من مذكرات التفاهم بين البلدين."),
            TUESDAY);
    Fixtures.assertTypedAs(events, EventType.VISIT, EventType.MEETING);
  }
}
