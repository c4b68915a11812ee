package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What is said about a happening of the article is a further mention of it, not news of its own: a
 * reported clause whose topic is that happening named again (the talks, those at them, the
 * instrument signed, a definite noun of its kind), with whatever undated noun it reports; what is
 * said or done "during" the happening named by its definite noun ("خلال حفل التوقيع"، "خلال
 * اللقاء"); and an announcement of an act ("أعلن أنه سيلتقي …") is the act.
 */
class SaidOfHappeningTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

  static Stream<Arguments> counted() {
    return Stream.of(
        // a paper's further clause, joined by "وأن", names the deal it reported
        Arguments.of(
            1,
            Fixtures.article(
                "ذكرت صحيفة \"معاريف\" أمس الاثنين أن شركة إسرائيلية وقعت مع وزارة الدفاع"
                    + " الفيتنامية صفقة لبيع منظومات رادار بقيمة 500 مليون دولار.",
                "وأضافت الصحيفة أن الشركة رفضت التعليق، وأن الصفقة تعد الأكبر من نوعها مع هانوي.")),
        // a ministry's protest note whose second clause speaks of the treaty signed earlier
        Arguments.of(
            2,
            Fixtures.article(
                "وقّعت قطر والبحرين عام 2001 اتفاقية لترسيم الحدود البحرية بينهما.",
                "واستدعت وزارة الخارجية القطرية أمس الاثنين السفير البحريني وسلمته مذكرة احتجاج.",
                "وأكدت الوزارة في بيانها أن الخطوة البحرينية مرفوضة، وأن الاتفاقية مودعة لدى الأمم"
                    + " المتحدة.")),
        // what is expected is no saying: each expected step stays an event of its own
        Arguments.of(
            3,
            Fixtures.article(
                "صادق البرلمان الأردني أمس الاثنين على اتفاقية الربط الكهربائي مع مصر.",
                "ويُنتظر أن يتبادل البلدان وثائق التصديق الشهر المقبل، وأن تُخطر الجامعة العربية"
                    + " بالاتفاقية رسمياً.")),
        // a ministry's release on what those at the talks discussed, and the other side's word
        Arguments.of(
            1,
            Fixtures.article(
                "عقد وزيرا الخارجية المصري والأردني أمس الاثنين اجتماعاً في عمان لبحث الأوضاع"
                    + " الإقليمية.",
                "وقالت الخارجية المصرية في بيان إن المجتمعين بحثوا تعزيز التنسيق بين البلدين، بينما"
                    + " وصفت الخارجية الأردنية الاجتماع بأنه \"مثمر\".")),
        // the office's comment on the step, named again by its definite noun
        Arguments.of(
            1,
            Fixtures.article(
                "أعلنت كينيا وإثيوبيا أمس الاثنين رفع مستوى العلاقات الدبلوماسية بينهما إلى مستوى"
                    + " السفراء.",
                "وقال مكتب الرئيس الإثيوبي في بيان إن رفع مستوى العلاقات سيعزز التجارة بين"
                    + " البلدين.")),
        // the summit's communiqué: the declaration signed, told by its secretary-general
        Arguments.of(
            1,
            Fixtures.article(
                "اختتمت في الرياض أمس الاثنين القمة الخليجية بتوقيع القادة على إعلان الرياض.",
                "وأعلن الأمين العام للمجلس في مؤتمر صحافي أن البيان الختامي يؤكد وحدة الصف"
                    + " الخليجي.")),
        // sources on the talks of a visit still under way, dated its second day
        Arguments.of(
            1,
            Fixtures.article(
                "وصل وفد قطري إلى بيروت أمس الاثنين في زيارة رسمية تستمر يومين.",
                "وقالت مصادر مطلعة إن المباحثات تتناول تمديد الهدنة ودعم الجيش، وإنها ستتواصل"
                    + " اليوم الثلاثاء.")),
        // "من المرتقب أن" opens a plan, not a saying: the return visit and the summit stay apart
        Arguments.of(
            4,
            Fixtures.article(
                "وصل العاهل المغربي مساء الأحد إلى أبوجا في أول زيارة رسمية له إلى نيجيريا.",
                "ووقع البلدان أمس الاثنين اتفاقية لإنشاء أنبوب للغاز.",
                "ومن المرتقب أن يرد الرئيس النيجيري الزيارة بزيارة إلى الرباط السنة المقبلة.",
                "وتقدم المغرب بطلب للعودة إلى الاتحاد الإفريقي.",
                "ويرتقب أن يحسم الاتحاد في الطلب خلال القمة المقررة بأديس أبابا أواخر يناير"
                    + " المقبل.")),
        // what is said of another, earlier agreement with a year of its own is another deal
        Arguments.of(
            2,
            Fixtures.article(
                "وقع وزيرا الطاقة الجزائري والتونسي أمس الاثنين في تونس اتفاقية لتوريد الغاز.",
                "وقال الوزير التونسي إن الاتفاقية الموقعة عام 2010 انتهى العمل بها.")),
        // said during the signing ceremony of the step told in the lead ("خلال حفل التوقيع")
        Arguments.of(
            1,
            Fixtures.article(
                "وقّع وزيرا خارجية البحرين وإسرائيل أمس الاثنين في المنامة اتفاقية إقامة العلاقات"
                    + " الدبلوماسية بين البلدين.",
                "وقال الوزير البحريني في كلمته خلال حفل التوقيع إن الاتفاقية \"تفتح صفحة جديدة في"
                    + " المنطقة\".")),
        // during the meeting just told, though a city named later in the sentence is elsewhere
        Arguments.of(
            1,
            Fixtures.article(
                "استقبل الرئيس الإيراني إبراهيم رئيسي في طهران اليوم الثلاثاء الرئيس الكازاخي قاسم"
                    + " جومارت توكاييف.",
                "وأشاد الرئيس رئيسي خلال اللقاء بمواقف كازاخستان في أستانا، معتبراً أن العلاقات بين"
                    + " البلدين \"تخدم مصالح المنطقة\".")),
        // a state's word and its own ministry's statement of the day are one statement
        Arguments.of(
            1,
            Fixtures.article(
                "رحبت سلطنة عمان اليوم الثلاثاء بإتمام عملية تبادل الأسرى بين الطرفين في السودان.",
                "وأعربت وزارة الخارجية العمانية في بيان لها اليوم عن تقديرها لجهود الوسطاء، معبرة"
                    + " عن أملها في أن تمهد العملية لتسوية شاملة.")),
        // another state's ministry speaks for itself
        Arguments.of(
            2,
            Fixtures.article(
                "رحبت سلطنة عمان اليوم الثلاثاء بإتمام عملية تبادل الأسرى بين الطرفين في السودان.",
                "وأعربت وزارة الخارجية الأردنية في بيان لها اليوم عن تقديرها لجهود الوسطاء، معبرة"
                    + " عن أملها في أن تمهد العملية لتسوية شاملة.")),
        // during a summit of years before, with its own date: another happening
        Arguments.of(
            2,
            Fixtures.article(
                "التقى وزير الخارجية المصري سامح شكري نظيره التركي مولود جاويش أوغلو في أنقرة اليوم"
                    + " الثلاثاء.",
                "وكان الوزيران قد بحثا خلال القمة التي عقدت في إسطنبول في مارس 2019 ملف الحدود"
                    + " البحرية.")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(int happenings, String text) {
    Fixtures.assertEvents(happenings, text, TUESDAY);
  }

  static Stream<Arguments> announced() {
    return Stream.of(
        Arguments.of(
            "وأعلن وزير الخارجية الأردني أيمن الصفدي اليوم الثلاثاء أنه سيلتقي نظيره العراقي في"
                + " بغداد الأسبوع المقبل.",
            EventType.VISIT),
        Arguments.of(
            "أعلنت الرئاسة الكينية أمس أن الرئيس وليام روتو سيزور أديس أبابا مطلع الشهر المقبل.",
            EventType.VISIT));
  }

  /** An announcement of an act is that act, with the act's own date and status. */
  @ParameterizedTest
  @MethodSource("announced")
  void theActAnnounced(String text, EventType type) {
    List<ExtractedEvent> events = Fixtures.assertEvents(1, text, TUESDAY);
    assertEquals(type, events.get(0).type());
    assertEquals(EventStatus.PLANNED, events.get(0).status());
    assertTrue(events.get(0).date().start().isAfter(TUESDAY), events.toString());
  }
}
