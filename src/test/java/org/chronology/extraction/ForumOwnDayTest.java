package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide: "the visit of a minister and the meetings he held during it are one `visit` event,
 * unless a meeting is reported with its own separate date". A business forum the visitor joins or
 * opens, told with a day of its own, is that meeting; told without one, it stays part of the visit.
 */
class ForumOwnDayTest {

  @Test
  void aForumJoinedOnADayOfItsOwnIsAMeetingApartFromTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            2,
            Fixtures.article(
                "اختتم وزير الاقتصاد الأردني أمس الأربعاء زيارة رسمية إلى مدريد استغرقت ثلاثة أيام"
                    + " بحث خلالها مع المسؤولين الإسبان سبل زيادة الاستثمارات.",
                "وشارك الوزير يوم الثلاثاء في منتدى الأعمال الأردني الإسباني الذي نظمته غرفة"
                    + " التجارة بحضور عشرات الشركات من البلدين."),
            Fixtures.PUBLISHED);
    ExtractedEvent forum = Fixtures.ofType(events, EventType.MEETING);
    assertNotNull(forum, events.toString());
    assertEquals(Fixtures.PUBLISHED.minusDays(2), forum.date().start());
  }

  /** A guard: a forum told without a day of its own is one of the visit's stops. */
  @Test
  void aForumWithoutADayOfItsOwnStaysPartOfTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            Fixtures.article(
                "اختتم وزير الاقتصاد الأردني أمس الأربعاء زيارة رسمية إلى مدريد استغرقت ثلاثة أيام"
                    + " بحث خلالها مع المسؤولين الإسبان سبل زيادة الاستثمارات.",
                "وشارك الوزير خلال الزيارة في منتدى الأعمال الأردني الإسباني الذي نظمته غرفة"
                    + " التجارة بحضور عشرات الشركات من البلدين."),
            Fixtures.PUBLISHED);
    assertEquals(EventType.VISIT, events.get(0).type());
  }
}
