package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reception of the guest is evidence of his visit when the article gives it no day of its own
 * (the guide: "the visit of a minister and the meetings he held during it are one visit event …
 * unless a meeting is reported with its own separate date"; dev README, round 62 item 1b): the
 * reception at the arrival, even when the headline names talks on a later day first; the host's
 * reception of "his guest" told after the arrival; a headline's reception of the guest whose visit
 * the body tells; talks the arrival's own sentence puts on the arrival's day ("مساء اليوم نفسه");
 * and the embassy staff among those at the airport reception, no diplomatic step. Talks on a day of
 * their own stay a meeting (item 1).
 */
class ReceptionOfTheVisitTest {

  @Test
  void receptionAtTheArrivalIsTheVisitNotTheHeadlinesLaterTalks() {
    List<ExtractedEvent> events =
        extract(
            article(
                "الخصاونة يصل الرباط في أول زيارة رسمية للمغرب..\nومباحثات موسعة مع أخنوش اليوم",
                "وصل رئيس الوزراء الأردني بشر الخصاونة مساء أمس إلى الرباط في زيارة رسمية للمغرب"
                    + " تستغرق يومين.",
                "وكان في استقبال الخصاونة لدى وصوله مطار الرباط سلا رئيس الحكومة المغربي عزيز"
                    + " أخنوش.",
                "ويعقد الخصاونة اليوم جلسة مباحثات موسعة مع أخنوش تتناول العلاقات الثنائية."));
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertTrue(Fixtures.hasActor(visit, "عزيز أخنوش"), events.toString());
    ExtractedEvent talks = Fixtures.ofType(events, EventType.MEETING);
    assertTrue(talks.evidence().text().contains("جلسة مباحثات"), events.toString());
    assertEquals(Fixtures.PUBLISHED, talks.date().start(), events.toString());
  }

  @Test
  void hostReceivingHisGuestAfterTheArrivalIsTheVisit() {
    List<ExtractedEvent> events =
        extract(
            article(
                "وصل الرئيس التونسي قيس سعيد أمس إلى الجزائر في زيارة دولة تستغرق يومين.",
                "واستقبل الرئيس الجزائري عبد المجيد تبون ضيفه في قصر المرادية، حيث أقيمت مراسم"
                    + " استقبال رسمية، ثم عقد الجانبان جلسة مباحثات تناولت الأوضاع في ليبيا"
                    + " ومالي."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type(), events.toString());
    assertTrue(Fixtures.hasActor(events.get(0), "عبد المجيد تبون"), events.toString());
  }

  @Test
  void headlinesReceptionOfTheGuestIsTheVisitTheBodyTells() {
    List<ExtractedEvent> events =
        extract(
            article(
                "الرئيس تبون استقبل الرئيس التونسي قيس سعيد على رأس وفد وزاري",
                "استقبل الرئيس الجزائري عبد المجيد تبون، صباح اليوم في قصر المرادية، الرئيس"
                    + " التونسي قيس سعيد، الذي وصل إلى الجزائر على رأس وفد وزاري رفيع."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type(), events.toString());
  }

  @Test
  void talksOnTheArrivalsDayInItsSentenceAreTheVisit() {
    List<ExtractedEvent> events =
        extract(
            "وصل وزير الخارجية المصري سامح شكري إلى عمّان صباح أمس الأربعاء في زيارة رسمية للأردن،"
                + " والتقى رئيس الوزراء الأردني بشر الخصاونة مساء اليوم نفسه.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type(), events.toString());
    assertTrue(Fixtures.hasActor(events.get(0), "بشر الخصاونة"), events.toString());
  }

  @Test
  void talksOnTheNextDayInTheArrivalsSentenceStayAMeeting() {
    List<ExtractedEvent> events =
        extract(
            "وصل وزير الخارجية المصري سامح شكري إلى عمّان صباح أمس الأربعاء في زيارة رسمية للأردن،"
                + " ويلتقي رئيس الوزراء الأردني بشر الخصاونة اليوم الخميس.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(Fixtures.PUBLISHED, Fixtures.ofType(events, EventType.MEETING).date().start());
  }

  @Test
  void embassyStaffAtTheAirportReceptionAreNoDiplomaticStep() {
    List<ExtractedEvent> events =
        extract(
            article(
                "وصل وزير الخارجية الأردني أيمن الصفدي إلى العاصمة السويدية ستوكهولم اليوم في زيارة"
                    + " رسمية تستمر يومين.",
                "وكان في استقبال الصفدي لدى وصوله مطار ستوكهولم الدولي سفير المملكة لدى السويد"
                    + " وأعضاء السفارة."));
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type(), events.toString());
  }
}
