package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An agreement or treaty named by its year ("معاهدة 1921"، "اتفاقية 1974"، "بروتوكول 2003") is
 * dated by that year, as "في 1921" is (guide, Dates: year precision); a bare four-digit number
 * elsewhere stays a number.
 */
class InstrumentYearTest {

  private static final LocalDate PUB = LocalDate.of(2024, 5, 15);
  private static final TemporalTagger TAGGER = TemporalTagger.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ويستند ترسيم الحدود البحرية إلى معاهدة 1921 التي أبرمتها الدولتان.|1921|1921-01-01|1921-12-31",
        "وأشار الوزير إلى أن اتفاقية 1974 لفض الاشتباك ما زالت سارية.|1974|1974-01-01|1974-12-31",
        "وطالبت الحكومة بتطبيق بروتوكول 2003 الخاص بتقاسم المياه.|2003|2003-01-01|2003-12-31"
      })
  void anInstrumentNamedByItsYearIsDatedByIt(
      String text, String phrase, LocalDate start, LocalDate end) {
    List<TemporalExpression> found = TAGGER.tag(text, PUB);
    assertEquals(1, found.size(), found.toString());
    TemporalExpression e = found.get(0);
    assertEquals(phrase, e.text());
    assertEquals(start, e.start());
    assertEquals(end, e.end());
    assertEquals(Precision.YEAR, e.precision());
  }
}
