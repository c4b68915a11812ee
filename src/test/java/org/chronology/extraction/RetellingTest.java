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
 * One happening, one event, when a later sentence retells it in other words: a signing told again
 * by its signers or its announcement, a visit told by its end and then its arrival, talks in the
 * lead and the visit they were held in, the details of an incident measured from it, and a headline
 * whose news stands before its kicker.
 */
class RetellingTest {

  static Stream<Arguments> articles() {
    return Stream.of(
        // Levantine daily: the signer "على" the agreement, the subject between
        Arguments.of(
            "وقّعت الأردن ومصر أمس الاثنين في عمّان اتفاقية للتعاون في مجال الطاقة."
                + "\n\nووقع وزير الطاقة الأردني صالح الخرابشة على الاتفاقية بحضور رئيس الوزراء.",
            1),
        // Gulf daily: the paper signed is no trigger word, told in the pluperfect
        Arguments.of(
            "وقّع العراق والكويت أمس في بغداد اتفاقاً لتنظيم الملاحة في خور عبد الله."
                + "\n\nوكان الرئيس العراقي قد وقع الوثيقة صباحاً في قصر السلام.",
            1),
        // Maghrebi agency: the signing announced by a definite dual
        Arguments.of(
            "وقّعت تونس وليبيا أمس الأربعاء في طرابلس مذكرتي تفاهم في مجال النقل البري."
                + "\n\nونشرت الحكومة الليبية صور توقيع المذكرتين على موقعها.",
            1),
        // a second instrument named without the article is a signing of its own
        Arguments.of(
            "وقّعت الأردن ومصر أمس الاثنين في عمّان اتفاقية للتعاون في مجال الطاقة."
                + "\n\nووقع الوزيران أيضاً مذكرة تفاهم في مجال الصحة.",
            2),
        // wire style: the witness's signature in the sentence of a treaty of relations
        Arguments.of(
            "وقّعت مصر وإسرائيل أمس في واشنطن معاهدة السلام والعلاقات الدبلوماسية بين البلدين،"
                + " فيما وقّع الرئيس الأمريكي بصفته شاهداً.",
            1),
        // Moroccan weekly: what the memorandum signed the day before provides for
        Arguments.of(
            "وقّع وزير الدفاع الإسرائيلي ونظيره المغربي أمس الثلاثاء في الرباط مذكرة تفاهم"
                + " للتعاون الأمني.\n\nوتنص المذكرة التي وقعت أمس على تبادل المعلومات"
                + " الاستخباراتية، بحسب بيان صادر عن وزارة الدفاع.",
            1),
        // what an agreement of years ago provides for is no retelling of today's
        Arguments.of(
            "وقّع وزير الدفاع الإسرائيلي ونظيره المغربي أمس الثلاثاء في الرباط مذكرة تفاهم"
                + " للتعاون الأمني.\n\nوتنص الاتفاقية الموقعة عام 2020 على تبادل المعلومات،"
                + " بحسب بيان صادر عن وزارة الدفاع.",
            2),
        // a visit in another city is another visit
        Arguments.of(
            "اختتم الرئيس الفرنسي إيمانويل ماكرون أمس السبت زيارة إلى القاهرة استمرت ثلاثة أيام."
                + "\n\nوكان ماكرون قد وصل إلى الرياض مساء الأربعاء في زيارة رسمية.",
            2));
  }

  @ParameterizedTest
  @MethodSource("articles")
  void oneEventPerHappening(String text, int happenings) {
    List<ExtractedEvent> events = Fixtures.extract(text, SUNDAY);
    assertEquals(happenings, events.size(), events.toString());
  }

  private static final LocalDate SUNDAY = LocalDate.of(2023, 3, 19);

  @Test
  void aVisitToldByItsEndAndThenItsArrivalIsDatedByTheArrival() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اختتم الرئيس الفرنسي إيمانويل ماكرون أمس السبت زيارة إلى القاهرة استمرت ثلاثة أيام."
                + "\n\nوكان الرئيس الفرنسي قد وصل إلى القاهرة مساء الأربعاء.",
            SUNDAY);
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
    assertEquals(SUNDAY.minusDays(4), events.get(0).date().start());
  }

  @Test
  void talksInTheLeadAndTheArrivalAfterThemAreOneVisitFromTheArrivalDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أجرى الرئيس الروسي فلاديمير بوتين اليوم الخميس في موسكو محادثات مع الرئيس الفنزويلي"
                + " نيكولاس مادورو.\n\nوكان نيكولاس مادورو قد وصل إلى موسكو مساء أمس في زيارة"
                + " رسمية تستغرق يومين.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
    assertEquals(Fixtures.PUBLISHED.minusDays(1), events.get(0).date().start());
  }

  @Test
  void theDetailsOfAnIncidentMeasuredFromItAreTheIncident() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اقتحم مسلح صباح أمس الأربعاء مبنى السفارة الأذربيجانية في طهران وأطلق النار على"
                + " الحراس.\n\nوقال قائد الشرطة إن المهاجم اعتقل بعد دقائق من الحادث.");
    assertEquals(
        1, events.stream().filter(e -> e.type() == EventType.INCIDENT).count(), events.toString());
  }

  @Test
  void anIncidentToldInAnAnnouncementIsTheIncidentDatedByItsOwnDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أعلن الجيش السوداني اليوم الخميس أن مسلحين نصبوا كميناً لقواته قرب الحدود، ما أسفر"
                + " عن مقتل أربعة جنود.\n\nوقال المتحدث باسم الجيش إن الهجوم وقع مساء الثلاثاء"
                + " أثناء عودة القوات.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.INCIDENT, events.get(0).type());
    assertEquals(Fixtures.PUBLISHED.minusDays(2), events.get(0).date().start());
  }

  @Test
  void anAnnouncedIncidentWithoutADayOfItsOwnTakesTheAnnouncementsDay() {
    ExtractedEvent e =
        Fixtures.only(
            "أعلن الجيش السوداني اليوم الخميس أن مسلحين نصبوا كميناً لقواته قرب الحدود، ما"
                + " أسفر عن مقتل أربعة جنود.");
    assertEquals(EventType.INCIDENT, e.type());
    assertEquals(Fixtures.PUBLISHED, e.date().start());
  }

  @Test
  void aPressReviewOpeningNamingTheVisitTwiceIsOneVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "تناولت الصحف التركية الصادرة اليوم، الخميس، الزيارة التي بدأها وزير الخارجية"
                + " الإيراني إلى أنقرة أمس الأربعاء، وهي أول زيارة له منذ عامين.");
    List<ExtractedEvent> visits = events.stream().filter(e -> e.type() == EventType.VISIT).toList();
    assertEquals(1, visits.size(), events.toString());
  }

  @Test
  void twoAgreementsEachWithItsOwnYearInOneSentenceStayTwo() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ونص الاتفاق على تفعيل الاتفاقية الأمنية الموقعة بين البلدين عام 2001، والاتفاقية"
                + " التجارية الموقعة بينهما عام 1998.");
    assertEquals(
        2, events.stream().filter(e -> e.type() == EventType.DEAL).count(), events.toString());
  }

  @Test
  void aHeadlineOpeningWithItsNewsBeforeTheKickerFoldsIntoTheBody() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وزير الخارجية الأردني يصل بغداد في أول زيارة منذ عامين.. ومباحثات مع نظيره العراقي"
                + "\n\nوصل وزير الخارجية الأردني أيمن الصفدي اليوم الخميس إلى بغداد في زيارة"
                + " رسمية.");
    assertEquals(
        1, events.stream().filter(e -> e.type() == EventType.VISIT).count(), events.toString());
  }
}
