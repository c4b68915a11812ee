package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two ordinal days after the dual of the day word ("يومي الخامس والسادس من أبريل") are one stretch
 * of both days, as "يومي 5 و6 أبريل" is (guide, Dates: every date is an interval); a compound
 * ordinal ("الحادي والعشرين من أبريل") and a pair without the dual day word stay one day.
 */
class OrdinalDayPairsTest {

  private static final LocalDate PUB = LocalDate.of(2024, 5, 1);
  private static final TemporalTagger TAGGER = TemporalTagger.standard();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "وعقد المنتدى في الرباط يومي الخامس والسادس من أبريل.|2024-04-05|2024-04-06|يومي",
        "وزار الوفد الجزائر يومي الثاني و الثالث من مارس الماضي.|2024-03-02|2024-03-03|يومي",
        "وتستضيف الدوحة الاجتماع يومي العاشر والحادي عشر من الشهر الجاري.|2024-05-10|2024-05-11|يومي",
        "وعقدت اللجنة اجتماعها في الحادي والعشرين من أبريل.|2024-04-21|2024-04-21|الحادي",
        "وصل الوزير في الخامس والتقى نظيره في السادس من أبريل.|2024-04-06|2024-04-06|السادس"
      })
  void aDualOfOrdinalDaysIsBothDays(String text, LocalDate start, LocalDate end, String opens) {
    List<TemporalExpression> found = TAGGER.tag(text, PUB);
    TemporalExpression last = found.get(found.size() - 1);
    assertEquals(start, last.start(), found.toString());
    assertEquals(end, last.end(), found.toString());
    assertEquals(Precision.DAY, last.precision());
    assertEquals(opens, last.text().split(" ")[0], found.toString());
  }
}
