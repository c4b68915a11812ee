package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening called off is dated by the day it was meant for when the text gives it, else by the
 * call-off (guide, Dates; dev conventions on cancelled events). Published Thursday 16 March 2023.
 */
class CancelledDateTest {

  @Test
  void testACalledOffExerciseIsDatedByTheMonthItWasMeantFor() {
    List<ExtractedEvent> e =
        extract(
            "وكانت اليونان قد ألغت في أغسطس 2022 مناورات بحرية مشتركة مع تركيا كان مقرراً"
                + " إجراؤها في أكتوبر 2022.");
    List<ExtractedEvent> off = e.stream().filter(x -> x.status() == EventStatus.CANCELLED).toList();
    assertFalse(off.isEmpty(), e.toString());
    for (ExtractedEvent x : off) {
      assertEquals(LocalDate.of(2022, 10, 1), x.date().start(), x.toString());
      assertEquals(LocalDate.of(2022, 10, 31), x.date().end(), x.toString());
    }
  }

  @Test
  void testACalledOffVisitWithoutItsMeantDayIsDatedByTheCallOff() {
    List<ExtractedEvent> e =
        extract("ألغى وزير الخارجية اليوناني أمس زيارة إلى أنقرة احتجاجاً على التصريحات التركية.");
    List<ExtractedEvent> off = e.stream().filter(x -> x.status() == EventStatus.CANCELLED).toList();
    assertFalse(off.isEmpty(), e.toString());
    for (ExtractedEvent x : off) {
      assertEquals(LocalDate.of(2023, 3, 15), x.date().start(), x.toString());
    }
  }
}
