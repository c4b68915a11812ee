package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A signing in a programme, told by its noun as what a scheduled witnessing will see ("ومن المقرر
 * أن يشهد الجانبان توقيع …"), is a planned deal of its own (dev conventions: a signing in a visit's
 * programme counts), told by the witnessing verb rather than by a bare noun, and kept even without
 * a date or a second telling (sentences of our own).
 */
class ScheduledWitnessedSigningTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ومن المقرر أن يشهد الجانبان توقيع عدد من مذكرات التفاهم في مجالات الزراعة والطاقة.",
        "ومن المنتظر أن يشهد الوزيران في ختام المباحثات التوقيع على اتفاقيات للتعاون في النقل"
            + " البحري."
      })
  void testAScheduledWitnessedSigningIsAPlannedDeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertEquals(1, e.size(), () -> sentence + " " + e);
    assertEquals(EventType.DEAL, e.get(0).type(), () -> e.toString());
    assertEquals(EventStatus.PLANNED, e.get(0).status(), () -> e.toString());
  }
}
