package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.ofType;
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
  void testAClauseOfTheSameStatementSharesItsDay() {
    List<ExtractedEvent> e =
        extract(
            article(
                "استدعت وزارة الخارجية السودانية أمس الأربعاء السفير التشادي في الخرطوم.",
                "وكان مجلس الرئاسة في تشاد قد أعلن مساء الاثنين الماضي إغلاق الحدود مع السودان.",
                "وفي البيان نفسه، أعلن المجلس تعليق الرحلات الجوية إلى الخرطوم."));
    assertTrue(
        e.stream()
            .anyMatch(
                x ->
                    (x.evidence().text().contains("البيان نفسه")
                            || x.alsoReportedIn().stream()
                                .anyMatch(r -> r.text().contains("البيان نفسه")))
                        && LocalDate.of(2023, 3, 13).equals(x.date().start())),
        e.toString());
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

  @Test
  void testADenialPointingBackByWahuwaMaSharesTheDateOfWhatItDenies() {
    // a live blog's time-stamped entry: without the pointer the denial would be the day's news
    String text =
        "14:20\nللتذكير: أغلقت الحكومة المعبر الحدودي في فبراير الماضي، متهمة المتمردين"
            + " باستخدامه لإدخال الأسلحة، وهو ما نفته العاصمة المجاورة.";
    List<ExtractedEvent> e = extract(text);
    List<ExtractedEvent> denial =
        e.stream()
            .filter(
                x ->
                    text.substring(x.evidence().trigger().start(), x.evidence().trigger().end())
                        .contains("نفت"))
            .toList();
    assertEquals(1, denial.size(), e.toString());
    assertEquals(LocalDate.of(2023, 2, 1), denial.get(0).date().start(), e.toString());
  }
}
