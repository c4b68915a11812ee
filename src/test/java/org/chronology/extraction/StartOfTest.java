package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A drill told by its end and then by its start ("وانطلقت المناورات يوم الاثنين الماضي") is one
 * happening, from its first day to the day told first; the drill before it ("المناورات السابقة") is
 * another.
 */
class StartOfTest {

  private static final LocalDate THURSDAY = LocalDate.of(2024, 5, 16);

  private static final String LEAD =
      "اختتمت القوات البحرية المصرية والسعودية اليوم الخميس مناورات \"مرجان\" المشتركة في مياه"
          + " البحر الأحمر.";

  @Test
  void theStartOfTheDrillToldIsTheDrill() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            Fixtures.article(
                LEAD, "وانطلقت المناورات يوم الاثنين الماضي بمشاركة قطع بحرية وطائرات من البلدين."),
            THURSDAY);
    assertEquals(EventType.MILITARY, events.get(0).happening().type());
    assertEquals(THURSDAY.minusDays(3), events.get(0).date().start());
    assertEquals(THURSDAY, events.get(0).date().end());
  }

  @Test
  void theDrillBeforeIsAnother() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            2,
            Fixtures.article(
                LEAD, "وكانت المناورات السابقة قد جرت في مارس الماضي قبالة سواحل جدة."),
            THURSDAY);
    assertEquals(THURSDAY, events.get(0).date().start());
  }
}
