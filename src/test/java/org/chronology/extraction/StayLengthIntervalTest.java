package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide and the dev conventions date a visit from its first day to its last: a stay whose
 * length the text gives ("في زيارة تستغرق ثلاثة أيام"، "استمرت يومين") is that interval, counted
 * from the day told, back from a closing day, or from the day a word of beginning names; a stay
 * only known to fall in a month keeps its month.
 */
class StayLengthIntervalTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2024, 5, 15);

  private static ExtractedEvent visit(String text) {
    List<ExtractedEvent> events = Fixtures.extract(text, WEDNESDAY);
    return Fixtures.ofType(events, EventType.VISIT);
  }

  private static void assertDays(ExtractedEvent e, LocalDate from, LocalDate to) {
    assertEquals(from, e.date().start(), e.toString());
    assertEquals(to, e.date().end(), e.toString());
  }

  @Test
  void anArrivalCountsTheStayForward() {
    ExtractedEvent e =
        visit(
            "وصل رئيس الوزراء المجري إلى الرباط أمس الثلاثاء في زيارة رسمية تستغرق ثلاثة أيام"
                + " يبحث خلالها التعاون الزراعي.");
    assertDays(e, LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 16));
  }

  @Test
  void aClosingDayCountsTheStayBack() {
    ExtractedEvent e =
        visit(
            "اختتم وزير الخارجية البرازيلي أمس الثلاثاء زيارة رسمية إلى الأردن استمرت يومين بحث"
                + " خلالها ملفات المنطقة.");
    assertDays(e, LocalDate.of(2024, 5, 13), LocalDate.of(2024, 5, 14));
  }

  @Test
  void theDayItBeganOpensTheStay() {
    ExtractedEvent e =
        visit(
            "يواصل الرئيس الكيني اليوم الأربعاء زيارته الرسمية إلى قطر، التي بدأها أمس الثلاثاء"
                + " وتستمر يومين.");
    assertDays(e, LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 15));
  }

  @Test
  void aStayKnownOnlyByItsMonthKeepsTheMonth() {
    ExtractedEvent e =
        visit("وكان الرئيس الكيني قد زار الدوحة في مارس الماضي في زيارة استمرت يومين.");
    assertDays(e, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
  }
}
