package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One happening, one event: what was said during it and its details are further mentions. */
class CoalescingTest {

  /** Texts that report one happening, and its type. */
  static Stream<Arguments> oneHappening() {
    return Stream.of(
        Arguments.of(
            "a statement in the sentence of a call is part of the call",
            "وأجرى وزير الخارجية الكيني أمس اتصالاً هاتفياً مع نظيره الصومالي، أعرب خلاله عن"
                + " تضامن بلاده مع مقديشو.",
            EventType.MEETING),
        Arguments.of(
            "a quoted verb without its own date is no event",
            "زار وزير الخارجية الغاني أمس داكار.\n\n"
                + "وقال الوزير للصحفيين: \"جئت إلى داكار لأوقع اتفاقاً يخدم الشعبين\".",
            EventType.VISIT),
        Arguments.of(
            "storming is an incident and its details fold into it",
            "اقتحم مسلحون أمس مقر بعثة تجارية في نيامي وأطلقوا النار على الحراس.\n\n"
                + "واعتقلت الشرطة اثنين من المهاجمين بعد ساعة من الحادث.",
            EventType.INCIDENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneHappening")
  void testOneHappeningOneEvent(String name, String text, EventType type) {
    List<ExtractedEvent> e = Fixtures.extract(text);
    assertEquals(1, e.size(), e.toString());
    assertEquals(type, e.get(0).type());
  }

  @Test
  void testUndatedWordsOfAParticipantFoldIntoTheVisit() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وصل الرئيس البرازيلي لولا دا سيلفا أمس إلى أنقرة في زيارة رسمية.\n\n"
                + "وفي الطريق إلى المطار زار لولا دا سيلفا ضريح أتاتورك.\n\n"
                + "وقال لولا دا سيلفا إن بلاده تريد شراكة أوسع مع تركيا.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.VISIT, e.get(0).type());
    assertTrue(e.get(0).alsoReportedIn().size() >= 1, e.toString());
  }

  @Test
  void testAdmittingThatIsNotRecognition() {
    List<ExtractedEvent> e = Fixtures.extract("واعترف الموقوف بأنه خطط للعملية منذ أشهر.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DIPLOMATIC), e.toString());
  }

  @Test
  void testTheMorePreciseAgreeingDateWins() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "زار رئيس الوزراء الماليزي طوكيو في شباط الماضي.\n\n"
                + "وكانت الزيارة في 14 شباط 2023 قد شهدت محادثات مطولة.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(org.chronology.time.Precision.DAY, e.get(0).date().precision(), e.toString());
  }

  @Test
  void testTheFirstVisitSinceIsTheVisitJustTold() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وزار وزير الخارجية الكيني كمبالا في شباط الماضي، في أول زيارة يقوم بها وزير كيني"
                + " منذ 12 عاماً.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(2, e.get(0).date().start().getMonthValue(), e.toString());
  }

  @Test
  void testTalksEndingInTheAgreementAreOneHappening() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "اتفقت كينيا والصومال، أمس الأربعاء، على استئناف العلاقات الدبلوماسية بينهما، في ختام"
                + " مباحثات استضافتها نيروبي خلال الفترة من 10 إلى 15 مارس الجاري.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.DIPLOMATIC, e.get(0).type());
  }

  @Test
  void testAHeadlineAfterItsKickerFoldsIntoTheLead() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "بوساطة قطرية.. كينيا والصومال تتفقان على استئناف العلاقات الدبلوماسية\n\n"
                + "اتفقت كينيا والصومال، أمس الأربعاء، على استئناف العلاقات الدبلوماسية بينهما.");
    assertEquals(1, e.size(), e.toString());
  }

  @Test
  void testThePoliceAnnouncementOfAnAttacksDetailsIsPartOfTheAttack() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "أعلن قائد شرطة نيروبي، اليوم الخميس، أن التحقيقات في الهجوم على السفارة تشير إلى"
                + " دوافع شخصية.\n\n"
                + "وكان مسلح قد اقتحم صباح أمس الأربعاء مبنى السفارة الأوغندية في نيروبي وأطلق"
                + " النار على الحراس.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.INCIDENT, e.get(0).type());
    assertEquals(java.time.LocalDate.of(2023, 3, 15), e.get(0).date().start());
  }

  @Test
  void testSigningTheTreatyAgainIsTheSameSigning() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وقعت كينيا وأوغندا، أمس، في نيروبي معاهدة للتعاون الحدودي.\n\n"
                + "ووقع المعاهدة عن الجانب الكيني وزير الخارجية، فيما وقع الرئيس الأوغندي بصفته"
                + " شاهداً.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.DEAL, e.get(0).type());
  }

  @Test
  void testATreatyOfRelationsIsADiplomaticStep() {
    ExtractedEvent e =
        Fixtures.only(
            "وقعت كينيا والصومال، أمس، في نيروبي، معاهدة السلام والعلاقات الدبلوماسية والتطبيع"
                + " الكامل بين البلدين، بحضور الرئيس الأوغندي يويري موسيفيني.");
    assertEquals(EventType.DIPLOMATIC, e.type());
  }

  @Test
  void testAQuarrelThatOccurredSignsNothing() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "اتصل الرئيس الكيني صباح اليوم بنظيره الأوغندي، غداة المشادة التي وقعت بينهما خلال"
                + " القمة.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DEAL), e.toString());
  }

  @Test
  void testTheEmbassyDoorIsAPlaceNotADiplomaticStep() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وبثت قناة محلية، مساء أمس، مقطعاً يظهر المهاجم وهو يحطم باب السفارة ويطلق النار.");
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DIPLOMATIC), e.toString());
  }

  @Test
  void testAnObserversViewIsNoEvent() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "ويرى مراقبون أن الأزمة قد تدفع البلدين إلى توقيع اتفاقية أمنية جديدة في المستقبل.");
    assertTrue(e.isEmpty(), e.toString());
  }

  @Test
  void testASiteMenuIsNoEvent() {
    List<ExtractedEvent> e = Fixtures.extract("الرئيسية | من نحن | اتصل بنا | سياسة الخصوصية");
    assertTrue(e.isEmpty(), e.toString());
  }
}
