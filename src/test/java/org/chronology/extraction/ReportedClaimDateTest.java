package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What a medium or unnamed sources report with no date of its own is dated by the report, the
 * publication day, approximate (dev README "كشفت صحيفة X … أن Y"): a broadcaster ("هيئة البث"), the
 * present "تشير تقارير … إلى أن", and a saying verb whose subject is unnamed sources ("قالت مصادر …
 * إن") frame such a report.
 */
class ReportedClaimDateTest {

  private static void assertDatedByTheReport(String sentence) {
    ExtractedEvent e = Fixtures.ofType(Fixtures.extract(sentence), EventType.DEAL);
    assertTrue(e.date() != null && e.date().start() != null, e.toString());
    assertEquals(Fixtures.PUBLISHED, e.date().start(), e.toString());
    assertEquals(Fixtures.PUBLISHED, e.date().end(), e.toString());
  }

  @Test
  void aBroadcastersReportIsDatedByTheReport() {
    assertDatedByTheReport(
        "وذكرت هيئة البث العامة أن الكويت تدرس شراء سفن حربية من تركيا لتعزيز أسطولها.");
  }

  @Test
  void reportsPointingAtAClaimDateItByTheReport() {
    assertDatedByTheReport(
        "وتشير تقارير صحفية إلى أن الكويت تدرس شراء سفن حربية من تركيا لتعزيز أسطولها.");
  }

  @Test
  void unnamedSourcesSayingAClaimDateItByTheReport() {
    assertDatedByTheReport(
        "وقالت مصادر مطلعة لوكالة أنباء محلية إن الكويت تدرس شراء سفن حربية من تركيا لتعزيز"
            + " أسطولها.");
  }
}
