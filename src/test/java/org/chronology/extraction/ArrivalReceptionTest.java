package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A reception at the guest's arrival ("وكان في استقباله لدى وصوله …"، "استقبله في المطار …") is how
 * the guest's visit begins: one event with the visit (the guide's one happening, one event). A
 * reception whose own sentence tells the guest's arrival ("… الضيف، الذي وصل مساء الثلاثاء في
 * زيارة") on a later day of that stay is reported with its own separate date: a meeting of its own
 * day beside the visit, dated by the arrival. A reception on another occasion, away from any
 * arrival, is left to the other rules. A visit under way that lasts "until" a coming day has
 * happened.
 */
class ArrivalReceptionTest {

  private static final String ARRIVED =
      "وصل رئيس الوزراء الأردني بشر الخصاونة مساء أمس إلى الرباط في زيارة رسمية للمغرب تستغرق"
          + " يومين.";

  static Stream<Arguments> counted() {
    return Stream.of(
        // the reception at the airport, told after the arrival
        Arguments.of(
            1,
            Fixtures.article(
                ARRIVED,
                "وكان في استقبال الخصاونة لدى وصوله مطار الرباط سلا رئيس الحكومة المغربي عزيز"
                    + " أخنوش.")),
        // the reception told first, the arrival after it
        Arguments.of(
            1,
            Fixtures.article(
                "استقبل رئيس الحكومة المغربي عزيز أخنوش رئيس الوزراء الأردني بشر الخصاونة لدى"
                    + " وصوله إلى مطار الرباط سلا.",
                "وكان الخصاونة قد وصل إلى الرباط مساء أمس في زيارة رسمية للمغرب تستغرق يومين.")),
        // arrival and reception in one sentence, the guest as a pronoun
        Arguments.of(
            1,
            Fixtures.article(
                "وصل رئيس الوزراء الأردني بشر الخصاونة مساء أمس إلى الرباط، وكان في استقباله في"
                    + " المطار رئيس الحكومة المغربي عزيز أخنوش.")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void receptionAtArrivalIsTheVisit(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(happenings, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type(), events.toString());
  }

  @Test
  void receptionOnALaterDayThanTheArrivalToldInItsSentenceIsItsOwnMeeting() {
    // received on Thursday, arrived on Tuesday, in one sentence: the reception's own day, and the
    // visit dated by the arrival
    List<ExtractedEvent> events =
        Fixtures.extract(
            "استقبل الرئيس الجزائري عبد المجيد تبون اليوم الخميس في قصر المرادية رئيس الوزراء"
                + " الفيتنامي فام مينه تشينه، الذي وصل إلى الجزائر مساء الثلاثاء في زيارة رسمية"
                + " تستغرق أربعة أيام.");
    assertEquals(2, events.size(), events.toString());
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(Fixtures.PUBLISHED, meeting.date().start(), events.toString());
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(LocalDate.of(2023, 3, 14), visit.date().start(), events.toString());
  }

  @Test
  void visitUnderWayUntilAComingDayHappened() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل رئيس الوزراء الأردني بشر الخصاونة اليوم إلى المغرب في زيارة رسمية تستمر حتى"
                + " السبت المقبل، يلتقي خلالها كبار المسؤولين.");
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(EventStatus.HAPPENED, visit.status(), events.toString());
  }

  @Test
  void visitStartingOnAComingDayStaysPlanned() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "يبدأ رئيس الوزراء الأردني بشر الخصاونة غدا زيارة رسمية إلى المغرب تستمر حتى السبت"
                + " المقبل.");
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(EventStatus.PLANNED, visit.status(), events.toString());
  }
}
