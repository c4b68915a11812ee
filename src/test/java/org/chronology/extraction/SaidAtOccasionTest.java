package org.chronology.extraction;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What those at a happening said there (in a joint press conference or joint remarks, in the
 * closing communiqué, at the start of the talks, during the ceremony, on the visitor's arrival or
 * before his departure) is evidence of the happening already told, not a statement event of its
 * own; a decision told in it, a spokesman's own press conference, a fresh gathering or a saying at
 * another date stays apart.
 */
class SaidAtOccasionTest {

  private static final LocalDate TUESDAY = LocalDate.of(2024, 5, 14);

  static Stream<Arguments> counted() {
    return Stream.of(
        // a joint press conference after the signing, with a second speaker
        Arguments.of(
            1,
            Fixtures.article(
                "وقع رئيسا أوزبكستان شوكت ميرضيائيف وتركمانستان سردار بردي محمدوف اليوم الثلاثاء"
                    + " في عشق آباد اتفاقية لتقاسم مياه نهر آمو داريا.",
                "وقال ميرضيائيف في مؤتمر صحفي مشترك إن \"الماء يجب أن يجمع شعبينا\"، فيما وصف بردي"
                    + " محمدوف الاتفاقية بأنها \"خطوة تاريخية\".")),
        // joint remarks to the press at the end of a visit: the figure said is no deal of its own
        Arguments.of(
            1,
            Fixtures.article(
                "اختتم الرئيس الكيني وليام روتو اليوم الثلاثاء زيارة رسمية إلى تنزانيا استمرت"
                    + " يومين، أجرى خلالها محادثات مع الرئيسة سامية صولحو حسن.",
                "وقالت صولحو اليوم في تصريحات مشتركة للصحفيين إن حجم التبادل التجاري بين البلدين سيتضاعف"
                    + " \"في وقت قريب\".")),
        // during the ceremony of the opening just told
        Arguments.of(
            1,
            Fixtures.article(
                "افتتح وزير الخارجية الإماراتي عبدالله بن زايد اليوم الثلاثاء سفارة بلاده في"
                    + " كيغالي.",
                "وقال عبدالله بن زايد اليوم خلال المراسم إن العلاقات مع رواندا \"تدخل مرحلة"
                    + " جديدة\".")),
        // the closing communiqué of the meeting, condemning an attack
        Arguments.of(
            1,
            Fixtures.article(
                "عقد وزراء خارجية الأردن ومصر والعراق اليوم الثلاثاء اجتماعاً في بغداد لبحث التعاون"
                    + " الاقتصادي.",
                "وأدان الوزراء الثلاثة في البيان الختامي الهجمات على الملاحة في البحر الأحمر.")),
        // what the parties agreed, told in the press conference, is news of its own
        Arguments.of(
            2,
            Fixtures.article(
                "التقى الرئيس الكيني وليام روتو اليوم الثلاثاء في نيروبي الرئيسة التنزانية سامية"
                    + " صولحو حسن.",
                "وقال روتو اليوم في المؤتمر الصحفي المشترك إن البلدين اتفقا على إلغاء رسوم العبور.")),
        // a spokesman's own weekly press conference is a statement of its own
        Arguments.of(
            2,
            Fixtures.article(
                "التقى وزير الخارجية الصيني وانغ يي اليوم الثلاثاء في بكين نظيره الباكستاني.",
                "وقال المتحدث باسم وزارة الخارجية الصينية لين جيان اليوم في مؤتمر صحفي إن بكين \"تدعم"
                    + " الحوار بين كابل وإسلام آباد\".")),
        // said to the press just before the visitor left: his own "today" in the quote is the
        // day he spoke, not the publication's
        Arguments.of(
            1,
            Fixtures.article(
                "اختتم وزير الخارجية الكيني موساليا مودافادي أمس الاثنين زيارة إلى أديس أبابا التقى"
                    + " خلالها نظيره الإثيوبي.",
                "وقال مودافادي للصحفيين قبيل مغادرته أديس أبابا: \"حققنا اليوم تقدماً كبيراً في ملف"
                    + " الحدود\".")),
        // a saying on arrival, before the talks
        Arguments.of(
            1,
            Fixtures.article(
                "وصل الرئيس الكيني وليام روتو اليوم الثلاثاء إلى دار السلام في زيارة رسمية تستمر"
                    + " يومين.",
                "وقال روتو اليوم لدى وصوله إلى المطار إن بلاده \"تريد شراكة أعمق مع تنزانيا\".")),
        // the closing communiqué tells what the talks discussed: the talks again, not new talks
        Arguments.of(
            1,
            Fixtures.article(
                "أجرى وزير الخارجية الكيني موساليا مودافادي اليوم الثلاثاء في نيروبي محادثات مع"
                    + " نظيره الإثيوبي.",
                "وكانت العلاقات بين البلدين قد شهدت فتوراً في السنوات الأخيرة.",
                "ويعد الملف الأمني من أبرز الملفات العالقة بين الجارين.",
                "وأوضح بيان مشترك صدر في ختام المحادثات أن الجانبين ناقشا أمن الحدود المشتركة.")),
        // the ceremony told as held, and what one present said of it
        Arguments.of(
            1,
            Fixtures.article(
                "افتتح وزير الخارجية الكيني موساليا مودافادي اليوم الثلاثاء سفارة بلاده في أديس"
                    + " أبابا.",
                "وجرت مراسم الافتتاح بحضور مودافادي، الذي وصف الخطوة اليوم بأنها \"تاريخية\".")),
        // someone who was not at the visit, speaking before his own departure, speaks for himself
        Arguments.of(
            2,
            Fixtures.article(
                "اختتم وزير الخارجية الكيني موساليا مودافادي اليوم الثلاثاء زيارة إلى أديس أبابا.",
                "واتهم وزير الخارجية الإريتري عثمان صالح اليوم، قبيل مغادرته أسمرة، إثيوبيا بحشد"
                    + " قواتها على الحدود.")),
        // the head of a joint committee, at no gathering of the article, speaks for himself
        Arguments.of(
            2,
            Fixtures.article(
                "التقى وزير الخارجية الصيني وانغ يي اليوم الثلاثاء في بكين نظيره الباكستاني.",
                "وقال وانغ يي اليوم لرئيس اللجنة المشتركة للحدود إن الأعمال \"ستنتهي قريباً\".")));
  }

  @ParameterizedTest
  @MethodSource("counted")
  void oneEventPerHappening(int happenings, String text) {
    Fixtures.assertEvents(happenings, text, TUESDAY);
  }
}
