package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * A clause with no date of its own that says it happened "then" (يومها، حينها، آنذاك، في الوقت
 * نفسه) shares the date of the happening told just before it (sentences of our own, published
 * Thursday 16 March 2023).
 */
class ThenDatesTest {

  private static ExtractedEvent ofType(List<ExtractedEvent> events, EventType type) {
    return events.stream().filter(e -> e.type() == type).findFirst().orElseThrow();
  }

  @Test
  void testYawmahaTakesTheMonthOfTheHappeningToldBefore() {
    List<ExtractedEvent> e =
        extract(
            article(
                "واعتقلت الشرطة الجورجية في أواخر نوفمبر الماضي ثلاثة دبلوماسيين أرمن في تبليسي.",
                "واحتجت وزارة الخارجية الأرمينية يومها على اعتقال الدبلوماسيين."));
    ExtractedEvent protest = ofType(e, EventType.STATEMENT);
    assertEquals(Precision.MONTH, protest.date().precision(), e.toString());
    assertEquals(LocalDate.of(2022, 11, 21), protest.date().start(), e.toString());
  }

  @Test
  void testAtTheSameTimeTakesTheDayOfTheHappeningToldBefore() {
    List<ExtractedEvent> e =
        extract(
            article(
                "افتتحت كينيا أمس الأربعاء سفارتها في العاصمة الصومالية مقديشو.",
                "وفي الوقت نفسه أعلنت الصومال إعادة فتح قنصليتها في نيروبي."));
    assertTrue(
        e.stream()
            .filter(x -> x.evidence().text().contains("الوقت نفسه"))
            .allMatch(x -> LocalDate.of(2023, 3, 15).equals(x.date().start())),
        e.toString());
    assertTrue(e.stream().anyMatch(x -> x.evidence().text().contains("الوقت نفسه")), e.toString());
  }

  @Test
  void testWithoutAThenWordAnUndatedBackgroundClauseStaysUndated() {
    List<ExtractedEvent> e =
        extract(
            article(
                "واعتقلت الشرطة الجورجية في أواخر نوفمبر الماضي ثلاثة دبلوماسيين أرمن في تبليسي.",
                "واحتجت وزارة الخارجية الأرمينية على اعتقال الدبلوماسيين."));
    ExtractedEvent protest = ofType(e, EventType.STATEMENT);
    assertTrue(
        protest.date().start() == null
            || !LocalDate.of(2022, 11, 21).equals(protest.date().start()),
        e.toString());
  }
}
