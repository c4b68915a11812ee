package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of years written in words dates its phrase as the same count in digits does (guide,
 * Dates: "قبل 30 عاماً" = that year minus 30, year precision, approximate): a unit joined to a ten
 * ("ستة وخمسين"), the tens past fifty, the teens, and a count of decades ("ثلاثة عقود"). The plural
 * of decades alone ("منذ عقود") is a long time, no date.
 */
class CountsInWordsTest {

  private static final LocalDate PUB = LocalDate.of(2021, 3, 10);
  private static final TemporalTagger TAGGER = TemporalTagger.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "وكان البلدان قد تبادلا السفراء قبل اثنين وثلاثين عاماً.|قبل اثنين وثلاثين عاماً|1989",
        "ووقعت المواجهة الأولى بين الجيشين قبل سبعة وستين عاما.|قبل سبعة وستين عاما|1954",
        "وافتتحت القنصلية أبوابها قبل ثمانين عاماً.|قبل ثمانين عاماً|1941",
        "وزار الملك العاصمة آخر مرة قبل ثلاثة عشر عاماً.|قبل ثلاثة عشر عاماً|2008",
        "واستقل البلد قبل خمسة عقود.|قبل خمسة عقود|1971",
        "وانقطعت الرحلات الجوية بين البلدين منذ نحو ثلاثة عقود.|منذ نحو ثلاثة عقود|1991"
      })
  void aCountInWordsIsThatManyYearsBack(String text, String phrase, int year) {
    List<TemporalExpression> found = TAGGER.tag(text, PUB);
    assertEquals(1, found.size(), found.toString());
    TemporalExpression e = found.get(0);
    assertEquals(phrase, e.text());
    assertEquals(LocalDate.of(year, 1, 1), e.start());
    assertEquals(LocalDate.of(year, 12, 31), e.end());
    assertEquals(Precision.YEAR, e.precision());
    assertTrue(e.approximate());
  }

  @Test
  void decadesWithoutACountAreNoDate() {
    assertTrue(TAGGER.tag("وهي أول مواجهة بين البلدين منذ عقود.", PUB).isEmpty());
    assertTrue(TAGGER.tag("وتراجعت التجارة بين البلدين خلال العقود الماضية.", PUB).isEmpty());
  }
}
