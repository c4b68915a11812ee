package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A meeting told only by the rank of its day in a stay ("وفي اليوم الثاني من الزيارة، اجتمع …"،
 * "استقبله رئيس الحكومة في اليوم الثاني للزيارة"): the dev README's convention review round 62,
 * item 1, counts «في اليوم الثاني من زيارته» as a meeting's day of its own, after the guide's
 * "unless a meeting is reported with its own separate date". The meeting is its own event, dated
 * that many days from the stay's first day; the stay's noun is only the day's setting.
 */
class RankedDayOfStayMeetingTest {

  private static final String CLOSED =
      "أنهى وزير الخارجية البرتغالي مساء أمس الأربعاء زيارة رسمية إلى تونس استمرت يومين، أجرى"
          + " خلالها محادثات مع نظيره التونسي نبيل عمار.";

  private static final String FILLER =
      "ويبلغ حجم التبادل التجاري بين البلدين نحو ثلاثمئة مليون دولار سنويا.";

  @Test
  void aSentenceOpeningWithTheSecondDayTellsTheMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                CLOSED,
                FILLER,
                "وفي اليوم الثاني من الزيارة، اجتمع الوزير البرتغالي برئيس الحكومة التونسية أحمد"
                    + " الحشاني، وبحثا سبل دعم الاستثمار."));
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(LocalDate.of(2023, 3, 15), meeting.date().start());
    assertEquals(LocalDate.of(2023, 3, 15), meeting.date().end());
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertEquals(LocalDate.of(2023, 3, 14), visit.date().start());
  }

  @Test
  void aReceptionOnTheSecondDayOfTheVisitIsNoVisitOfItsOwn() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                CLOSED,
                FILLER,
                "واستقبله رئيس الحكومة التونسية أحمد الحشاني في اليوم الثاني للزيارة، حيث بحثا"
                    + " تعزيز التعاون في مجال الطاقة."));
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(LocalDate.of(2023, 3, 15), meeting.date().start());
    assertEquals(
        1, events.stream().filter(e -> e.type() == EventType.VISIT).count(), events.toString());
  }

  @Test
  void aSentenceOpeningWithTheBareDayOfTheToldVisitTellsItsMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                CLOSED,
                FILLER,
                "وفي اليوم الثاني، استقبل رئيس الحكومة التونسية أحمد الحشاني الوزير البرتغالي، حيث"
                    + " جرى بحث فرص الاستثمار."));
    ExtractedEvent meeting = Fixtures.ofType(events, EventType.MEETING);
    assertEquals(LocalDate.of(2023, 3, 15), meeting.date().start());
  }

  @Test
  void anOpeningClauseOfNoRankedDayLeavesTheReceptionInTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                CLOSED,
                FILLER,
                "وفي المساء، استقبل رئيس الحكومة التونسية أحمد الحشاني الوزير البرتغالي، حيث جرى"
                    + " بحث فرص الاستثمار."));
    assertEquals(
        0, events.stream().filter(e -> e.type() == EventType.MEETING).count(), events.toString());
  }

  @Test
  void theDayAsTheSettingOfAnotherActKeepsTheVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وقع وزيرا خارجية البرتغال وتونس اليوم الخميس مذكرة تفاهم للتعاون الثقافي.",
                "وجاء التوقيع في اليوم الثاني من زيارة الوزير البرتغالي إلى تونس، التي استهلها أمس"
                    + " بلقاء مع الرئيس قيس سعيد."));
    Fixtures.ofType(events, EventType.DEAL);
    assertEquals(
        0, events.stream().filter(e -> e.type() == EventType.MEETING).count(), events.toString());
  }
}
