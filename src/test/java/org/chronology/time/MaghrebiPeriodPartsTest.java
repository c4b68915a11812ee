package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Tunisian press names the summer الصائفة, a half-year السداسي and the end of a period موفى:
 * the guide's season ("summer = June–August", precision season), the halves of a year and the last
 * third of a period ("أواخر" = the last third, approximate).
 */
class MaghrebiPeriodPartsTest {

  private static final LocalDate PUB = LocalDate.of(2024, 5, 15);
  private static final TemporalTagger TAGGER = TemporalTagger.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "تضاعف عدد السياح الجزائريين خلال صائفة 2022 بالمناطق الحدودية.|صائفة 2022|2022-06-01|2022-08-31|SEASON|false",
        "وزار الوفد الحكومي ولاية جندوبة خلال الصائفة الماضية.|الصائفة الماضية|2023-06-01|2023-08-31|SEASON|false",
        "وبلغت المبادلات التجارية ذروتها في السداسي الأول من سنة 2023.|السداسي الأول من سنة 2023|2023-01-01|2023-06-30|YEAR|false",
        "وانعقدت الدورة في السداسي الثاني من السنة الماضية.|السداسي الثاني من السنة الماضية|2023-07-01|2023-12-31|YEAR|false",
        "وحل الوزير بطرابلس في موفى أفريل الماضي.|موفى أفريل الماضي|2024-04-21|2024-04-30|MONTH|true"
      })
  void theTunisianNamesOfSeasonsAndParts(
      String text, String phrase, LocalDate start, LocalDate end, Precision p, boolean approx) {
    List<TemporalExpression> found = TAGGER.tag(text, PUB);
    assertEquals(1, found.size(), found.toString());
    TemporalExpression e = found.get(0);
    assertEquals(phrase, e.text());
    assertEquals(start, e.start());
    assertEquals(end, e.end());
    assertEquals(p, e.precision());
    assertEquals(approx, e.approximate());
  }
}
