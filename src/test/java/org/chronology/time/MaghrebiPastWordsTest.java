package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Tunisian and Algerian press writes "past" as الفارط / المنقضي ("ماي الفارط", "السنة
 * المنقضية", "الأسبوع الفارط"): the same relative word as الماضي, resolved against the publication
 * date (guide, Dates: "في أيار/مايو الماضي" = the most recent May before the article date; "الشهر
 * الماضي" = the previous month).
 */
class MaghrebiPastWordsTest {

  private static final LocalDate PUB = LocalDate.of(2024, 5, 15); // a Wednesday
  private static final TemporalTagger TAGGER = TemporalTagger.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "حل الوفد الجزائري بتونس في ماي الفارط لبحث ملف الطاقة.|ماي الفارط|2023-05-01|2023-05-31|MONTH",
        "أمضى البلدان اتفاقا للتبادل التجاري في نوفمبر الفارط.|نوفمبر الفارط|2023-11-01|2023-11-30|MONTH",
        "وانعقدت اللجنة المشتركة الأسبوع الفارط بالعاصمة.|الأسبوع الفارط|2024-05-06|2024-05-12|WEEK",
        "وتراجعت المبادلات خلال الشهر المنقضي بعد غلق المعبر.|الشهر المنقضي|2024-04-01|2024-04-30|MONTH",
        "وقد زار الوزير الجزائر السنة الفارطة في إطار اللجنة العليا.|السنة الفارطة|2023-01-01|2023-12-31|YEAR",
        "واستقبل رئيس الجمهورية الوفد الليبي يوم الخميس المنقضي بقرطاج.|يوم الخميس المنقضي|2024-05-09|2024-05-09|DAY"
      })
  void theMaghrebiPastWordIsThePast(
      String text, String phrase, LocalDate start, LocalDate end, Precision p) {
    assertTheOnlyExpression(text, phrase, start, end, p);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "وجرت المحادثات في أواخر السنة الفارطة بالجزائر العاصمة.|أواخر السنة الفارطة|2023-09-01|2023-12-31|YEAR",
        "وتوقفت الرحلات خلال الأشهر المنقضية بسبب الأزمة.|الأشهر المنقضية|2023-11-15|2024-05-15|YEAR",
        "وأغلق المعبر الحدودي يوم 28 الفارط إثر الاحتجاجات.|28 الفارط|2024-04-28|2024-04-28|DAY"
      })
  void partsAndStretchesOfThePast(
      String text, String phrase, LocalDate start, LocalDate end, Precision p) {
    assertTheOnlyExpression(text, phrase, start, end, p);
  }

  /** Both tables read one expression per sentence; a second match would be a false date. */
  private static void assertTheOnlyExpression(
      String text, String phrase, LocalDate start, LocalDate end, Precision p) {
    List<TemporalExpression> found = TAGGER.tag(text, PUB);
    assertEquals(1, found.size(), found.toString());
    TemporalExpression e = found.get(0);
    assertEquals(phrase, e.text());
    assertEquals(start, e.start());
    assertEquals(end, e.end());
    assertEquals(p, e.precision());
  }
}
