package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Families of writing whose happening was missed or given the wrong type: rulings, flows, letters,
 * flights, travel advice, treaties left, documents about relations (sentences of our own).
 */
class TypeFamiliesTest {

  /** Each sentence is one event of the given type. */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // rulings, lawsuits and sentences carried out
        "وأصدرت محكمة الاستئناف في القاهرة أمس الأربعاء حكما بوقف تنفيذ الاتفاقية.|other",
        "وكانت المحكمة العليا قد أصدرت حكمها في القضية يوم الاثنين الماضي.|other",
        "وكانت الحكومة الليبية قد رفعت دعوى أمام المحكمة الدولية عام 2016.|other",
        "ونفذت السلطات العراقية الأحد الماضي حكم الإعدام بحق خمسة مدانين.|other",
        "وصدر قرار هيئة التحكيم الدولية الأسبوع الماضي لصالح الشركة المصرية.|other",
        // flows: pumping is trade, a flow stopped or a dam filled is of no other type
        "وبدأ أمس الثلاثاء ضخ الغاز الجزائري إلى إيطاليا عبر الأنبوب البحري.|deal",
        "وأعلنت الدوحة في شباط الماضي ضخ استثمارات جديدة في السوق الأردنية.|deal",
        "وتوقف في أيار 2022 تصدير الكهرباء إلى لبنان عبر الخط الأردني.|other",
        "وكانت إثيوبيا قد بدأت ملء خزان السد في تموز 2020.|other",
        // letters, flights, travel advice
        "وكان أمير قطر قد بعث برسالة إلى الرئيس الإيراني مطلع الشهر الماضي.|other",
        "واستأنفت شركة طيران الخليج رحلاتها إلى الدوحة يوم الأحد الماضي.|other",
        "ودعت وزارة الخارجية الكندية أمس مواطنيها إلى تجنب السفر إلى إيران.|statement",
        "ونصحت السفارة الأميركية أمس رعاياها بعدم السفر إلى شمال سيناء.|statement",
        // treaties left, documents about relations, ambassadors taking up their post
        "وكانت روسيا قد انسحبت في تشرين الثاني 2023 من معاهدة القوات التقليدية في أوروبا.|diplomatic",
        "وأعلنت باماكو في كانون الثاني 2024 انسحابها من اتفاق السلام مع المتمردين.|diplomatic",
        "ووقع الوزيران أمس في نيويورك بيانا مشتركا بإقامة علاقات دبلوماسية بين البلدين.|diplomatic",
        "ويرتبط البلدان بمعاهدة سلام وقعت في واشنطن عام 1979.|diplomatic",
        "وتسلم السفير المصري الجديد مهامه في أنقرة يوم الخميس الماضي.|diplomatic",
        "وطردت الحكومة الكينية أمس ثلاثة دبلوماسيين صوماليين من نيروبي.|diplomatic",
        "وكانت الكويت قد خفضت في أيار 2017 تمثيلها الدبلوماسي في طهران.|diplomatic",
        // a document signed, told in a relative clause or by a participle
        "وأشاد الوزير بإعلان الدوحة الذي وقعه قادة الدول الأربع في الثالث من شباط الماضي.|deal",
        "وطالب البرلمان بتفعيل اتفاقية النقل الموقعة بين البلدين عام 2009.|deal",
        "ووقع الجانبان أمس ثلاث اتفاقيات تتعلق بإعفاء حاملي الجوازات الدبلوماسية من التأشيرات.|deal",
        // troops sent or pulled back, orders of a court, referendums, relations restored
        "ونشرت ألمانيا الأسبوع الماضي كتيبة قوامها 300 جندي في ليتوانيا.|military",
        "وأعلنت أنقرة أمس إرسال قوات إضافية إلى قطر.|military",
        "واكتمل انسحاب القوات الإثيوبية من المنطقة في أيار 2019.|military",
        "وأمرت محكمة العدل الدولية في 3 شباط الماضي البلدين بوقف التصعيد.|other",
        "ونظمت السلطات في الإقليم استفتاء على الانفصال يوم 25 أيلول 2017.|other",
        "وكانت الحكومة الكويتية قد أعلنت أمس الأحد عودة العلاقات مع بغداد.|diplomatic",
        "واستأنفت الرحلات الجوية بين عمان ودمشق في الشهر الماضي.|other"
      })
  void testOneEventOfItsFamilyType(String sentence, String type) {
    assertEquals(EventType.fromCode(type), Fixtures.only(sentence).type());
  }

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
}
