package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A saying told by its verb and then by the frame reporting its words ("وانتقد …، وقال في بيان
 * السبت إن …") is one act dated by the frame's date (published Thursday 16 March 2023).
 */
class StatedInFrameTest {

  private static List<ExtractedEvent> statements(List<ExtractedEvent> e) {
    return e.stream().filter(x -> x.type() == EventType.STATEMENT).toList();
  }

  @Test
  void testACriticismIsDatedByTheStatementThatMadeIt() {
    List<ExtractedEvent> e =
        extract(
            "وقعت مصر والسودان اتفاقا للتعاون العسكري يوم الخميس الماضي.\n\n"
                + "وانتقد حزب الأمة المعارض الاتفاق، وقال في بيان السبت إنه يهدد استقلال القرار.");
    List<ExtractedEvent> s = statements(e);
    assertFalse(s.isEmpty(), e.toString());
    assertEquals(LocalDate.of(2023, 3, 11), s.get(0).date().start(), e.toString());
  }

  @Test
  void testAWelcomeIsDatedByItsStatement() {
    List<ExtractedEvent> e =
        extract(
            "أعلنت الرباط ونواكشوط استئناف الرحلات الجوية بين البلدين.\n\n"
                + "ورحبت الجامعة العربية بالخطوة، وقالت في بيان الاثنين إنها تعزز العمل العربي.");
    List<ExtractedEvent> s = statements(e);
    assertFalse(s.isEmpty(), e.toString());
    assertEquals(LocalDate.of(2023, 3, 13), s.get(0).date().start(), e.toString());
  }
}
