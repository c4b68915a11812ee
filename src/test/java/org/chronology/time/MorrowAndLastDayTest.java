package org.chronology.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "غداة" before a date is the morning after it, as "عشية" is its eve: the next day, approximate;
 * before a happening it is no date phrase (the extraction reads a cause clause). "آخر يوم من" /
 * "أول يوم من" a month or year is its last / first day, as "اليوم الأخير من" / "اليوم الأول من"
 * are.
 */
class MorrowAndLastDayTest {

  private static final TemporalTagger TAGGER = TemporalTagger.standard();
  private static final LocalDate PUB = LocalDate.of(2022, 4, 20);

  private static TemporalExpression only(String s, LocalDate pub) {
    List<TemporalExpression> t = TAGGER.tag(s, pub);
    assertEquals(1, t.size(), t.toString());
    return t.get(0);
  }

  @Test
  void theMorningAfterADateIsTheNextDay() {
    TemporalExpression e =
        only("أغلقت السلطات المعبر الحدودي غداة 9 نيسان 2022 إثر اشتباك مسلح.", PUB);
    assertEquals(LocalDate.of(2022, 4, 10), e.start());
    assertEquals(LocalDate.of(2022, 4, 10), e.end());
    assertEquals(Precision.DAY, e.precision());
    assertTrue(e.approximate());
  }

  @Test
  void theMorningAfterAWeekdayAndDate() {
    TemporalExpression e =
        only("استدعت الجزائر سفيرها غداة الثلاثاء 30 جويلية 2024 احتجاجا على الموقف.", PUB);
    assertEquals(LocalDate.of(2024, 7, 31), e.start());
    assertTrue(e.approximate());
  }

  @Test
  void theMorningAfterAHappeningIsLeftToTheCauseClause() {
    List<TemporalExpression> t =
        TAGGER.tag("استدعت الخارجية السفير غداة الهجوم على القنصلية.", PUB);
    assertTrue(t.isEmpty(), t.toString());
  }

  @Test
  void theLastDayOfLastYear() {
    TemporalExpression e = only("انتهى العمل بالاتفاق في آخر يوم من العام الماضي.", PUB);
    assertEquals(LocalDate.of(2021, 12, 31), e.start());
    assertEquals(LocalDate.of(2021, 12, 31), e.end());
    assertEquals(Precision.DAY, e.precision());
  }

  @Test
  void theLastDayOfANamedMonth() {
    TemporalExpression e = only("تنتهي المهلة في آخر يوم من شهر شباط 2024.", PUB);
    assertEquals(LocalDate.of(2024, 2, 29), e.start());
    assertEquals(Precision.DAY, e.precision());
  }

  @Test
  void theFirstDayOfThisYear() {
    TemporalExpression e = only("تسلمت الدوحة رئاسة اللجنة في أول يوم من العام الجاري.", PUB);
    assertEquals(LocalDate.of(2022, 1, 1), e.start());
    assertEquals(LocalDate.of(2022, 1, 1), e.end());
    assertEquals(Precision.DAY, e.precision());
  }
}
