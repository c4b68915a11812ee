package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One happening, one event: what was said during it, its details and further tellings of it (an
 * announcement of it, what an agreement provides for) are further mentions.
 */
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
            EventType.INCIDENT),
        Arguments.of(
            "talks ending in the agreement are one happening",
            "اتفقت كينيا والصومال، أمس الأربعاء، على استئناف العلاقات الدبلوماسية بينهما، في ختام"
                + " مباحثات استضافتها نيروبي خلال الفترة من 10 إلى 15 مارس الجاري.",
            EventType.DIPLOMATIC),
        Arguments.of(
            "signing the treaty again is the same signing",
            "وقعت كينيا وأوغندا، أمس، في نيروبي معاهدة للتعاون الحدودي.\n\n"
                + "ووقع المعاهدة عن الجانب الكيني وزير الخارجية، فيما وقع الرئيس الأوغندي بصفته"
                + " شاهداً.",
            EventType.DEAL),
        Arguments.of(
            "a peace treaty naming the relations it establishes is a signed agreement",
            "وقعت كينيا والصومال، أمس، في نيروبي، معاهدة السلام والعلاقات الدبلوماسية والتطبيع"
                + " الكامل بين البلدين، بحضور الرئيس الأوغندي يويري موسيفيني.",
            EventType.DEAL),
        Arguments.of(
            "what an agreement provides for is its content",
            "ووقع وزيرا خارجية السودان وجنوب السودان أمس في جدة اتفاقاً ينص على وقف العمليات"
                + " العسكرية على الحدود بين البلدين.",
            EventType.DEAL),
        Arguments.of(
            "an announced arrest is the arrest",
            "وأعلنت الشرطة الكينية أمس توقيف خمسة أشخاص بتهمة التخطيط لهجوم على سفارة.",
            EventType.INCIDENT),
        Arguments.of(
            "an announced reopening of an embassy is diplomatic",
            "أعلنت وزارة الخارجية الكينية أمس إعادة فتح سفارتها في كمبالا.",
            EventType.DIPLOMATIC),
        Arguments.of(
            "an announcement of a position stays a statement",
            "أعلن وزير الخارجية الكيني أمس رفض بلاده أي تدخل في شؤونها الداخلية.",
            EventType.STATEMENT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneHappening")
  void testOneHappeningOneEvent(String name, String text, EventType type) {
    List<ExtractedEvent> e = Fixtures.extract(text);
    assertEquals(1, e.size(), e.toString());
    assertEquals(type, e.get(0).type());
  }

  /** Texts with no event of a type although a word of it is there. */
  static Stream<Arguments> noEventOfType() {
    return Stream.of(
        Arguments.of(
            "admitting that is not recognition",
            "واعترف الموقوف بأنه خطط للعملية منذ أشهر.",
            EventType.DIPLOMATIC),
        Arguments.of(
            "a quarrel that occurred signs nothing",
            "اتصل الرئيس الكيني صباح اليوم بنظيره الأوغندي، غداة المشادة التي وقعت بينهما خلال"
                + " القمة.",
            EventType.DEAL),
        Arguments.of(
            "the embassy door is a place, not a diplomatic step",
            "وبثت قناة محلية، مساء أمس، مقطعاً يظهر المهاجم وهو يحطم باب السفارة ويطلق النار.",
            EventType.DIPLOMATIC));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noEventOfType")
  void testNoEventOfThatType(String name, String text, EventType type) {
    List<ExtractedEvent> e = Fixtures.extract(text);
    assertTrue(e.stream().noneMatch(x -> x.type() == type), e.toString());
  }

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(
      strings = {
        "ويرى مراقبون أن الأزمة قد تدفع البلدين إلى توقيع اتفاقية أمنية جديدة في المستقبل.",
        "الرئيسية | من نحن | اتصل بنا | سياسة الخصوصية"
      })
  void testAnObserversViewOrASiteMenuIsNoEvent(String text) {
    Fixtures.assertNoEvent(text);
  }

  @Test
  void testUndatedWordsOfAParticipantFoldIntoTheVisit() {
    ExtractedEvent e =
        Fixtures.only(
            "وصل الرئيس البرازيلي لولا دا سيلفا أمس إلى أنقرة في زيارة رسمية.\n\n"
                + "وفي الطريق إلى المطار زار لولا دا سيلفا ضريح أتاتورك.\n\n"
                + "وقال لولا دا سيلفا إن بلاده تريد شراكة أوسع مع تركيا.");
    assertEquals(EventType.VISIT, e.type());
    assertTrue(e.alsoReportedIn().size() >= 1, e.toString());
  }

  @Test
  void testTheMorePreciseAgreeingDateWins() {
    ExtractedEvent e =
        Fixtures.only(
            "زار رئيس الوزراء الماليزي طوكيو في شباط الماضي.\n\n"
                + "وكانت الزيارة في 14 شباط 2023 قد شهدت محادثات مطولة.");
    assertEquals(org.chronology.time.Precision.DAY, e.date().precision(), e.toString());
  }

  @Test
  void testTheFirstVisitSinceIsTheVisitJustTold() {
    ExtractedEvent e =
        Fixtures.only(
            "وزار وزير الخارجية الكيني كمبالا في شباط الماضي، في أول زيارة يقوم بها وزير كيني"
                + " منذ 12 عاماً.");
    assertEquals(2, e.date().start().getMonthValue(), e.toString());
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
    ExtractedEvent e =
        Fixtures.only(
            "أعلن قائد شرطة نيروبي، اليوم الخميس، أن التحقيقات في الهجوم على السفارة تشير إلى"
                + " دوافع شخصية.\n\n"
                + "وكان مسلح قد اقتحم صباح أمس الأربعاء مبنى السفارة الأوغندية في نيروبي وأطلق"
                + " النار على الحراس.");
    assertEquals(EventType.INCIDENT, e.type());
    assertEquals(java.time.LocalDate.of(2023, 3, 15), e.date().start());
  }
}
