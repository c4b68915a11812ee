package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "خلال حفل التوقيع"، "خلال اللقاء": a definite happening noun after a word of "during" is the
 * setting of what is told, the happening already reported; a definite noun with a date of its own
 * years before is another one.
 */
class NamedDuringTest {

  private static final LocalDate TUESDAY = LocalDate.of(2023, 3, 14);

  static Stream<Arguments> settings() {
    return Stream.of(
        // the signing ceremony of the step told in the lead, not a deal of its own
        Arguments.of(
            1,
            Fixtures.article(
                "وقّع وزيرا خارجية البحرين وإسرائيل أمس الثلاثاء في المنامة اتفاقية إقامة العلاقات"
                    + " الدبلوماسية بين البلدين.",
                "وقال الوزير البحريني في كلمته خلال حفل التوقيع إن الاتفاقية \"تفتح صفحة جديدة في"
                    + " المنطقة\".")),
        // the meeting just told, though a city named later in the sentence is elsewhere
        Arguments.of(
            1,
            Fixtures.article(
                "استقبل الرئيس الإيراني إبراهيم رئيسي في طهران اليوم الاثنين الرئيس الكازاخي قاسم"
                    + " جومارت توكاييف.",
                "وأشاد الرئيس رئيسي خلال اللقاء بمواقف كازاخستان في أستانا، معتبراً أن العلاقات بين"
                    + " البلدين \"تخدم مصالح المنطقة\".")),
        // a summit of years before, with its own date: another happening
        Arguments.of(
            2,
            Fixtures.article(
                "التقى وزير الخارجية المصري سامح شكري نظيره التركي مولود جاويش أوغلو في أنقرة اليوم"
                    + " الاثنين.",
                "وكان الوزيران قد بحثا خلال القمة التي عقدت في إسطنبول في مارس 2019 ملف الحدود"
                    + " البحرية.")));
  }

  @ParameterizedTest
  @MethodSource("settings")
  void oneHappening(int happenings, String text) {
    List<ExtractedEvent> events = Fixtures.assertEvents(happenings, text, TUESDAY);
    assertEquals(TUESDAY.minusDays(1), events.get(0).date().start());
  }
}
