package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * Dates across sentences: a clause told during or right after a happening of the article, and dates
 * given relative to a happening (published Thursday 16 March 2023).
 */
class OccasionDateTest {

  private static ExtractedEvent ofType(List<ExtractedEvent> events, EventType type) {
    return events.stream()
        .filter(e -> e.type() == type)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " among " + events));
  }

  @Test
  void testASigningOnTheSidelinesOfTheVisitSharesTheVisitsDay() {
    List<ExtractedEvent> e =
        extract(
            "وصل وزير الخارجية التركي إلى باكو أمس الأربعاء في زيارة رسمية تستمر يومين.\n\n"
                + "وعلى هامش الزيارة، جرى توقيع اتفاقية لتوريد الغاز إلى تركيا.");
    ExtractedEvent deal = ofType(e, EventType.DEAL);
    assertEquals(LocalDate.of(2023, 3, 15), deal.date().start());
    assertEquals(Precision.DAY, deal.date().precision());
  }

  @Test
  void testAVisitDuringWhichTheSentencesSigningTookPlaceSharesItsDay() {
    List<ExtractedEvent> e =
        extract(
            "وقع وزيرا الدفاع التركي والأذربيجاني، الثلاثاء، اتفاقية للتعاون العسكري، وذلك خلال"
                + " زيارة أجراها الوزير التركي إلى باكو.");
    ExtractedEvent visit = ofType(e, EventType.VISIT);
    assertEquals(LocalDate.of(2023, 3, 14), visit.date().start());
  }

  @Test
  void testAnAnnouncementRightAfterTheTalksIsOnTheirDay() {
    List<ExtractedEvent> e =
        extract(
            "عقد وزيرا خارجية أذربيجان وأرمينيا اليوم الخميس جولة محادثات في واشنطن.\n\n"
                + "وعقب انتهاء المحادثات، أعلن وزير الخارجية الأذربيجاني أن بلاده ستفرج عن"
                + " أسرى.");
    ExtractedEvent statement = ofType(e, EventType.STATEMENT);
    assertEquals(LocalDate.of(2023, 3, 16), statement.date().start());
  }

  @Test
  void testDaysBeforeThatCountFromTheArticlesHappening() {
    List<ExtractedEvent> e =
        extract(
            "انطلقت أمس الأربعاء في أنقرة محادثات بين وزيري خارجية أذربيجان وأرمينيا.\n\n"
                + "وقبل ثلاثة أيام من ذلك، أجرى الرئيس التركي اتصالاً هاتفياً مع"
                + " الرئيس الأذربيجاني.");
    List<ExtractedEvent> meetings = e.stream().filter(x -> x.type() == EventType.MEETING).toList();
    assertTrue(
        meetings.stream().anyMatch(m -> LocalDate.of(2023, 3, 12).equals(m.date().start())),
        "the call three days before the 15th: " + meetings);
  }

  @Test
  void testDaysAfterThisMeetingCountFromTheArticlesHappening() {
    List<ExtractedEvent> e =
        extract(
            "التقى وزير الخارجية التركي نظيره الأذربيجاني اليوم الخميس في إسطنبول.\n\n"
                + "ومن المقرر أن يصل وفد تركي إلى باكو بعد يومين من هذا اللقاء.");
    ExtractedEvent visit = ofType(e, EventType.VISIT);
    assertEquals(LocalDate.of(2023, 3, 18), visit.date().start());
    assertEquals(Precision.DAY, visit.date().precision());
  }

  @Test
  void testThisStepComingMonthsAfterAnAttackDatesTheAttack() {
    List<ExtractedEvent> e =
        extract(
            "افتتحت أذربيجان أمس الأربعاء سفارتها في تل أبيب.\n\n"
                + "وتأتي هذه الخطوة بعد ثلاثة أشهر من الهجوم على سفارة أذربيجان في طهران.");
    ExtractedEvent attack = ofType(e, EventType.INCIDENT);
    assertEquals(LocalDate.of(2022, 12, 1), attack.date().start());
    assertEquals(LocalDate.of(2022, 12, 31), attack.date().end());
    assertEquals(Precision.MONTH, attack.date().precision());
  }

  @Test
  void testHoursAfterAnUndatedAttackIsTheDayOfTheSentence() {
    List<ExtractedEvent> e =
        extract(
            "استدعت أذربيجان أمس سفيرها لدى إيران، وعلقت رحلات الطيران، وذلك بعد ساعات من"
                + " الهجوم الذي استهدف سفارتها في طهران.");
    ExtractedEvent attack = ofType(e, EventType.INCIDENT);
    assertEquals(LocalDate.of(2023, 3, 15), attack.date().start());
  }

  @Test
  void testAPhraseDatingTheAnnouncementDoesNotDateTheCallWithItsOwnMonth() {
    List<ExtractedEvent> e =
        extract(
            "وجاء الإعلان بعد أسابيع من الاتصالات، إذ أجرى الرئيس التركي اتصالاً هاتفياً مع"
                + " الرئيس الأذربيجاني في يناير الماضي.");
    ExtractedEvent call = ofType(e, EventType.MEETING);
    assertEquals(LocalDate.of(2023, 1, 1), call.date().start());
    assertEquals(Precision.MONTH, call.date().precision());
  }

  @Test
  void testTheFirstTalksSinceAYearAreNotDatedByThatYear() {
    List<ExtractedEvent> e =
        extract(
            "انتهت في إسطنبول أول جولة محادثات مباشرة بين الوفدين الأذربيجاني والأرميني منذ"
                + " ربيع 2019.");
    for (ExtractedEvent x : e) {
      if (x.date().start() != null) {
        assertNotEquals(2019, x.date().start().getYear(), x.toString());
      }
    }
  }

  @Test
  void testALiveEntryWithoutADateIsThePublicationDay() {
    List<ExtractedEvent> e =
        extract(
            "مباشر | محادثات في جنيف\n\n14:20\n"
                + "انتهت في جنيف جولة محادثات مباشرة بين وزيري خارجية أرمينيا وأذربيجان.");
    ExtractedEvent talks = ofType(e, EventType.MEETING);
    assertEquals(Fixtures.PUBLISHED, talks.date().start());
    assertEquals(Precision.DAY, talks.date().precision());
    assertEquals(null, talks.evidence().datePhrase());
  }

  @Test
  void testAnUndatedSentenceOutsideALiveEntryIsNotGivenThePublicationDay() {
    List<ExtractedEvent> e =
        extract(
            "مباشر | محادثات في جنيف\n\nجنيف - وكالات\n"
                + "انتهت في جنيف جولة محادثات مباشرة بين وزيري خارجية أرمينيا وأذربيجان.");
    for (ExtractedEvent x : e) {
      assertTrue(x.date().start() == null || x.evidence().datePhrase() != null, x.toString());
    }
  }
}
