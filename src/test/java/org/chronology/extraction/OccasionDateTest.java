package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.ofType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Dates across sentences: a clause told during or right after a happening of the article, and dates
 * given relative to a happening (published Thursday 16 March 2023).
 */
class OccasionDateTest {

  /**
   * A text, the type of its event dated from another sentence's happening, that event's first day,
   * its last day and its precision (null where the row does not check it).
   */
  static Stream<Arguments> datedByOccasion() {
    return Stream.of(
        Arguments.of(
            "a condemnation told without a date is part of the day's news",
            "استدعت وزارة الخارجية العراقية اليوم الخميس القائم بالأعمال التركي في بغداد.\n\n"
                + "وأدان رئيس الوزراء العراقي محمد شياع السوداني القصف التركي على قرية حدودية.",
            EventType.STATEMENT,
            LocalDate.of(2023, 3, 16),
            LocalDate.of(2023, 3, 16),
            Precision.DAY),
        Arguments.of(
            "the day's news is the happening told in its own words, not the background before it",
            "وكانت طائرة مسيرة قد استهدفت موقعاً حدودياً يوم الثلاثاء الماضي.\n\n"
                + "واستقبل وزير الخارجية العراقي أمس السفير التركي في بغداد.\n\n"
                + "وأدان رئيس الوزراء العراقي محمد شياع السوداني القصف التركي على قرية حدودية.",
            EventType.STATEMENT,
            LocalDate.of(2023, 3, 15),
            LocalDate.of(2023, 3, 15),
            Precision.DAY),
        Arguments.of(
            "a signing on the sidelines of the visit shares the visit's day",
            "وصل وزير الخارجية التركي إلى باكو أمس الأربعاء في زيارة رسمية تستمر يومين.\n\n"
                + "وعلى هامش الزيارة، جرى توقيع اتفاقية لتوريد الغاز إلى تركيا.",
            EventType.DEAL,
            LocalDate.of(2023, 3, 15),
            null,
            Precision.DAY),
        Arguments.of(
            "a visit during which the sentence's signing took place shares its day",
            "وقع وزيرا الدفاع التركي والأذربيجاني، الثلاثاء، اتفاقية للتعاون العسكري، وذلك خلال"
                + " زيارة أجراها الوزير التركي إلى باكو.",
            EventType.VISIT,
            LocalDate.of(2023, 3, 14),
            null,
            null),
        Arguments.of(
            "an announcement right after the talks is on their day",
            "عقد وزيرا خارجية أذربيجان وأرمينيا اليوم الخميس جولة محادثات في واشنطن.\n\n"
                + "وعقب انتهاء المحادثات، أعلن وزير الخارجية الأذربيجاني أن بلاده ستفرج عن"
                + " أسرى.",
            EventType.STATEMENT,
            LocalDate.of(2023, 3, 16),
            null,
            null),
        Arguments.of(
            "days after this meeting count from the article's happening",
            "التقى وزير الخارجية التركي نظيره الأذربيجاني اليوم الخميس في ميونيخ.\n\n"
                + "ومن المقرر أن يصل وفد تركي إلى باكو بعد يومين من هذا اللقاء.",
            EventType.VISIT,
            LocalDate.of(2023, 3, 18),
            null,
            Precision.DAY),
        Arguments.of(
            "this step coming months after an attack dates the attack",
            "افتتحت أذربيجان أمس الأربعاء سفارتها في تل أبيب.\n\n"
                + "وتأتي هذه الخطوة بعد ثلاثة أشهر من الهجوم على سفارة أذربيجان في طهران.",
            EventType.INCIDENT,
            LocalDate.of(2022, 12, 1),
            LocalDate.of(2022, 12, 31),
            Precision.MONTH),
        Arguments.of(
            "hours after an undated attack is the day of the sentence",
            "استدعت أذربيجان أمس سفيرها لدى إيران، وعلقت رحلات الطيران، وذلك بعد ساعات من"
                + " الهجوم الذي استهدف سفارتها في طهران.",
            EventType.INCIDENT,
            LocalDate.of(2023, 3, 15),
            null,
            null),
        Arguments.of(
            "a phrase dating the announcement does not date the call with its own month",
            "وجاء الإعلان بعد أسابيع من الاتصالات، إذ أجرى الرئيس التركي اتصالاً هاتفياً مع"
                + " الرئيس الأذربيجاني في يناير الماضي.",
            EventType.MEETING,
            LocalDate.of(2023, 1, 1),
            null,
            Precision.MONTH),
        Arguments.of(
            "the day after a happening counts from that happening, across a comma",
            "شنت إسرائيل غارات جوية على مواقع عسكرية قرب دمشق يوم الأحد 12 مارس.\n\n"
                + "وفي اليوم التالي للغارات، استدعت وزارة الخارجية الروسية السفير الإسرائيلي.",
            EventType.DIPLOMATIC,
            LocalDate.of(2023, 3, 13),
            LocalDate.of(2023, 3, 13),
            Precision.DAY),
        Arguments.of(
            "a visit over two weekdays is one stretch holding the signing told during it",
            "اختتم وزير الدفاع التركي زيارة إلى باكو استمرت يومي الثلاثاء والأربعاء، وقع خلالها"
                + " مع نظيره الأذربيجاني اتفاقية للتعاون العسكري.",
            EventType.DEAL,
            LocalDate.of(2023, 3, 14),
            LocalDate.of(2023, 3, 15),
            Precision.DAY),
        Arguments.of(
            "a date before أن is the outer clause's; the happening after it keeps its own",
            "تناولت الصحف الصادرة صباح الخميس المصالحة، بعد أن وقع الرئيسان التركي"
                + " والأذربيجاني في باكو أمس الأربعاء اتفاقية للتعاون الدفاعي.",
            EventType.DEAL,
            LocalDate.of(2023, 3, 15),
            LocalDate.of(2023, 3, 15),
            Precision.DAY),
        Arguments.of(
            "a summons in the wake of it shares the month of the offensive told before",
            "وكانت القوات الإثيوبية قد شنت في يناير الماضي هجوماً على منطقة حدودية، استدعت على"
                + " إثره وزارة الخارجية السودانية السفير الإثيوبي.",
            EventType.DIPLOMATIC,
            LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 1, 31),
            Precision.MONTH),
        Arguments.of(
            "right after that, across sentences, is the day of the happening just told",
            "وصل الرئيس الكيني إلى مقديشو يوم الاثنين 6 مارس في زيارة رسمية.\n\n"
                + "وعقب ذلك، استدعت وزارة الخارجية الصومالية السفير الكيني للتشاور.",
            EventType.DIPLOMATIC,
            LocalDate.of(2023, 3, 6),
            LocalDate.of(2023, 3, 6),
            Precision.DAY),
        Arguments.of(
            "a wire dateline tells when the item was filed, not when what it tells happened",
            "عنوان\n\nنيروبي 16 آذار/مارس 2023 (أ ف ب) - استدعت الحكومة الكينية الثلاثاء سفير"
                + " الصومال في نيروبي للتشاور.",
            EventType.DIPLOMATIC,
            LocalDate.of(2023, 3, 14),
            LocalDate.of(2023, 3, 14),
            Precision.DAY),
        Arguments.of(
            "a meeting named after the phrase is dated back from the visit it came before",
            "وصل الرئيس العراقي إلى عمان اليوم الخميس في زيارة رسمية تستمر يومين.\n\n"
                + "وتأتي الزيارة بعد أسبوعين من اجتماع ثلاثي لوزراء خارجية العراق والأردن ومصر"
                + " في القاهرة.",
            EventType.MEETING,
            LocalDate.of(2023, 2, 27),
            LocalDate.of(2023, 3, 5),
            Precision.WEEK),
        Arguments.of(
            "after جاء, a happening told deep inside the anchor's words is dated back from the news",
            "أعلن الرئيس الأرميني اليوم الخميس قطع العلاقات الدبلوماسية مع جارته.\n\n"
                + "وجاء قرار الرئيس بعد يومين من تصويت البرلمان بالإجماع على بيان يدعو"
                + " الحكومة إلى طرد السفير.",
            EventType.STATEMENT,
            LocalDate.of(2023, 3, 14),
            LocalDate.of(2023, 3, 14),
            Precision.DAY),
        Arguments.of(
            "after تأتي, a definite anchor is dated back from the news, not the news forward",
            "وصل الرئيس العراقي إلى عمان اليوم الخميس في زيارة رسمية تستمر يومين.\n\n"
                + "وتأتي الزيارة بعد يومين من الهجوم الذي استهدف قافلة عسكرية قرب الحدود.",
            EventType.INCIDENT,
            LocalDate.of(2023, 3, 14),
            LocalDate.of(2023, 3, 14),
            Precision.DAY),
        Arguments.of(
            "after تأتي, a deal told inside the anchor's words is dated back from the news",
            "وصل الرئيس العراقي إلى عمان اليوم الخميس في زيارة رسمية تستمر يومين.\n\n"
                + "وتأتي الزيارة بعد يومين من إعلان وزارة الخارجية التوصل إلى اتفاق بشأن تنظيم"
                + " الدوريات على خط الحدود.",
            EventType.DEAL,
            LocalDate.of(2023, 3, 14),
            LocalDate.of(2023, 3, 14),
            Precision.DAY),
        Arguments.of(
            "a planned meeting on a day and month without a year is the next one",
            "ومن المقرر أن يغادر وزير الخارجية المصري القاهرة غداً في جولة تشمل كينيا وأوغندا"
                + " ورواندا، قبل أن يلتقي نظيره السوداني في الخرطوم يوم 2 فبراير.",
            EventType.MEETING,
            LocalDate.of(2024, 2, 2),
            LocalDate.of(2024, 2, 2),
            Precision.DAY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("datedByOccasion")
  void testDatedByOccasion(
      String name,
      String text,
      EventType type,
      LocalDate start,
      LocalDate end,
      Precision precision) {
    ExtractedEvent event = ofType(extract(text), type);
    assertEquals(start, event.date().start());
    if (end != null) {
      assertEquals(end, event.date().end());
    }
    if (precision != null) {
      assertEquals(precision, event.date().precision());
    }
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

  @Test
  void testASentenceTimedAfterAnotherHappeningDoesNotShareTheDayOfTheNews() {
    List<ExtractedEvent> e =
        extract(
            "عقد وزيرا خارجية تركيا والعراق اليوم الخميس محادثات في أنقرة.\n\n"
                + "ويأتي الاجتماع بعد يومين من إعلان وزارة الخارجية التركية توقيع البلدين"
                + " اتفاقية لترسيم الحدود.");
    ExtractedEvent deal = ofType(e, EventType.DEAL);
    assertNotEquals(Fixtures.PUBLISHED, deal.date().start(), deal.toString());
  }

  /**
   * After "يأتي" a definite noun of the happening's own kind in the anchor's words ("من الإعلان عن
   * التوصل إلى الاتفاقية") names that happening again: no second deal dated back from it. A
   * relative clause telling who did it ("الزيارة التي قام بها …") makes it another happening, dated
   * back from the news.
   */
  @Test
  void testADefiniteAnchorOfTheHappeningsKindNamesItAgain() {
    List<ExtractedEvent> e =
        extract(
            "وقّع الأردن وسوريا أمس الأربعاء في عمّان اتفاقية للربط الكهربائي.\n\n"
                + "ويأتي التوقيع بعد نحو ثلاثة أشهر من الإعلان عن التوصل إلى الاتفاقية.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(LocalDate.of(2023, 3, 15), e.get(0).date().start(), e.toString());
    List<ExtractedEvent> visits =
        extract(
                "وصل رئيس الوزراء العراقي إلى عمّان اليوم الخميس في زيارة رسمية.\n\n"
                    + "وتأتي الزيارة بعد ثلاثة أسابيع من الزيارة التي قام بها العاهل الأردني إلى"
                    + " بغداد.")
            .stream()
            .filter(x -> x.type() == EventType.VISIT)
            .toList();
    assertEquals(2, visits.size(), visits.toString());
    assertEquals(LocalDate.of(2023, 2, 20), visits.get(1).date().start(), visits.toString());
    assertEquals(LocalDate.of(2023, 2, 26), visits.get(1).date().end(), visits.toString());
  }

  @Test
  void testEarlierBackgroundAndOldNewsDoNotShareTheDayOfTheNews() {
    List<ExtractedEvent> e =
        extract(
            "استدعت وزارة الخارجية العراقية اليوم الخميس القائم بالأعمال التركي في بغداد.\n\n"
                + "وكانت بغداد قد استدعت السفير التركي في أنقرة احتجاجاً على قصف مماثل.");
    assertTrue(e.size() >= 2, e.toString());
    for (ExtractedEvent x : e) {
      if (x.evidence().datePhrase() == null) {
        assertEquals(null, x.date().start(), x.toString());
      }
    }
    List<ExtractedEvent> old =
        extract(
            "استدعت وزارة الخارجية العراقية في 2 يناير 2023 القائم بالأعمال التركي في بغداد.\n\n"
                + "وأدان رئيس الوزراء العراقي محمد شياع السوداني القصف التركي على قرية حدودية.");
    assertTrue(old.size() >= 2, old.toString());
    for (ExtractedEvent x : old) {
      if (x.evidence().datePhrase() == null) {
        assertEquals(null, x.date().start(), x.toString());
      }
    }
  }
}
