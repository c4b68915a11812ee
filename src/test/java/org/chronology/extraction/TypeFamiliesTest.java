package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a sentence's happenings are told apart (a relative clause with its own date, the happening
 * after a framing verb), what a signed document is about, and expected happenings (sentences of our
 * own). One-sentence, one-type families are in {@link RecallFamiliesTest}.
 */
class TypeFamiliesTest {

  @ParameterizedTest(name = "planned: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ومن المنتظر أن يزور وزير الخارجية المغربي نواكشوط الأسبوع المقبل.",
        "ويرتقب أن تنعقد اللجنة المشتركة في الرباط خلال الشهر المقبل.",
        "ومن المرتقب أن يلتقي الرئيسان على هامش القمة."
      })
  void testExpectedHappeningsArePlanned(String sentence) {
    assertEquals(EventStatus.PLANNED, Fixtures.only(sentence).status());
  }

  @Test
  void testADealSignedSinceRelationsWereEstablishedStaysADeal() {
    assertEquals(
        EventType.DEAL,
        Fixtures.only("ووقع البلدان أمس اتفاقية للنقل البري هي الأولى منذ التطبيع بينهما.").type());
  }

  @Test
  void testAVerbInARelativeClauseWithItsOwnDateIsAnotherHappening() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وكانت أنقرة قد انسحبت عام 2021 من الاتفاقية التي أبرمتها مع أثينا عام 1998.");
    assertEquals(2, e.size(), e.toString());
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.DIPLOMATIC), e.toString());
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.DEAL), e.toString());
  }

  @Test
  void testTheHappeningAfterAFramingVerbIsTheNewsNotTheFramedOne() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وتأتي المناورات عقب زيارة وزير الدفاع الأميركي إلى مانيلا يومي الثلاثاء والأربعاء.");
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.VISIT), e.toString());
    List<ExtractedEvent> m =
        Fixtures.extract(
            "وتأتي الزيارة استكمالا لنتائج اجتماع الرياض الذي عقد في الثاني من أيار الماضي.");
    assertTrue(m.stream().anyMatch(x -> x.type() == EventType.MEETING), m.toString());
  }

  /**
   * The object decides the type: a crossing opened is traffic (other), a treaty suspended or
   * ratified and an ambassador named are steps in relations (diplomatic), an arrest, a raid or air
   * sorties announced with their details are the incident.
   */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعادت السلطات الأردنية يوم الأحد فتح معبر الكرامة أمام المسافرين.|OTHER",
        "وكانت أنقرة قد أغلقت المعبر في الثالث من آذار الماضي.|OTHER",
        "وأغلقت السلطات معبر رفح يوم السبت.|OTHER",
        "ورفعت الحكومة القيود على تصدير القمح إلى جارتها يوم الأحد.|DEAL",
        "وأعلنت الحكومة أمس التجميد الفوري لمعاهدة التعاون مع جارتها.|DIPLOMATIC",
        "وصادق مجلس النواب الليبي بالإجماع مساء الاثنين الماضي على الاتفاقية.|DIPLOMATIC",
        "وقال الوزير للصحفيين أمس إن بلاده ستسمي سفيرا لدى الرباط الشهر المقبل.|DIPLOMATIC",
        "وأعلنت الشرطة يوم الجمعة توقيف خمسة أشخاص في أنقرة.|INCIDENT",
        "وداهمت قوات الأمن يوم الثلاثاء منازل في ضواحي العاصمة.|INCIDENT",
        "وأعلن الجيش اليوم أن طائراته نفذت 30 طلعة جوية فوق المنطقة.|INCIDENT"
      })
  void testTheObjectDecidesTheType(String sentence, EventType type) {
    assertEquals(type, Fixtures.only(sentence).type());
  }

  /**
   * A land border or a crossing closed or opened (also منفذ, also with the subject or a date
   * between verb and object) is traffic (other); a flow of gas stopped is a happening of no other
   * type, the flow resumed is trade flow (deal).
   */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأغلقت الحكومة حدودها البرية مع جارتها يوم الخميس.|OTHER",
        "وقررت السلطات يوم الاثنين غلق معبري الحدود الشمالية أمام الشاحنات.|OTHER",
        "وأعلن الوزيران اليوم الاثنين إعادة فتح المنفذ أمام حركة المسافرين.|OTHER",
        "وكانت الحكومة قد أوقفت مطلع نوفمبر الماضي ضخ الغاز نحو جارتها.|OTHER",
        "وأوقفت أنقرة في مارس الماضي تدفق النفط عبر الخط.|OTHER",
        "وأعلنت الوزارة يوم السبت استئناف الضخ عبر خط الأنابيب.|DEAL"
      })
  void testBordersAndFlows(String sentence, EventType type) {
    assertEquals(type, Fixtures.only(sentence).type());
  }

  /**
   * A state leaving an alliance or an international body, and an envoy appointed between states,
   * are steps in relations (diplomatic); a court hearing the parties and a suit brought or filed
   * are court acts (other), not the accusation the suit makes.
   */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وانسحبت الدولة الجارة يوم الأحد من منظمة التعاون الإقليمي.|DIPLOMATIC",
        "وأعلن الرئيس أمس الثلاثاء الانسحاب من حلف الدفاع المشترك.|DIPLOMATIC",
        "وكانت الحكومتان قد عيّنتا المبعوثين الخاصين في أيار الماضي.|DIPLOMATIC",
        "وعينت الحكومة يوم الاثنين مبعوثا خاصا إلى العاصمة المجاورة.|DIPLOMATIC",
        "واستمعت المحكمة الدولية يوم الخميس إلى مرافعات الطرفين في القضية التي تتهم فيها"
            + " الحكومة جارتها بخرق المعاهدة.|OTHER",
        "وكانت الحكومة قد أودعت عريضة الدعوى في العاشر من آذار الماضي.|OTHER",
        "- أيار 2024: الحكومة ترفع دعوى أمام المحكمة الدولية تتهم فيها جارتها بخرق المعاهدة.|OTHER"
      })
  void testLeavingBodiesEnvoysAndCourtActs(String sentence, EventType type) {
    assertEquals(type, Fixtures.only(sentence).type());
  }

  /**
   * A date set off by commas between a verb and its object ("أغلقت السلطات، صباح الثلاثاء، معبر …")
   * does not cut the verb from its object: the act keeps its type, not that of a reporting verb
   * later in the sentence.
   */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "أغلقت السلطات الحدودية، صباح الثلاثاء، معبر الشمال مع جارتها، في أزمة تتهم فيها"
            + " الحكومة جارتها بافتعالها.|OTHER",
        "سحبت الحكومة، مساء الأحد، سفيرها من العاصمة المجاورة.|DIPLOMATIC"
      })
  void testADateBetweenCommasKeepsTheVerbWithItsObject(String sentence, EventType type) {
    assertEquals(type, Fixtures.only(sentence).type());
  }

  /**
   * A shipment or a laden aircraft arriving is a delivery (deal), not a visit; an official arriving
   * stays a visit.
   */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ووصلت إلى العاصمة أمس الأحد أول شحنة من المعدات العسكرية المرسلة من جارتها.|DEAL",
        "وكانت أولى شحنات الخام قد وصلت إلى الميناء الجنوبي يوم الأحد الماضي.|DEAL",
        "ووصلت إلى المطار أمس طائرتان عسكريتان محملتان بمعدات للجيش.|DEAL",
        "ووصل وزير الخارجية إلى العاصمة أمس الأحد في زيارة رسمية.|VISIT"
      })
  void testCargoArrivingIsADelivery(String sentence, EventType type) {
    assertEquals(type, Fixtures.only(sentence).type());
  }

  @Test
  void testASignedTreatyStaysADealAndADatedDeclarationOfAnIncidentAlreadyToldStaysTheSaying() {
    assertEquals(
        EventType.DEAL, Fixtures.only("ووقع البلدان أمس معاهدة للتعاون في مجال الطاقة.").type());
    assertEquals(
        EventType.STATEMENT,
        Fixtures.only("وأعلن المتحدث اليوم الأحد أن التحقيقات في الهجوم مستمرة.").type());
  }
}
