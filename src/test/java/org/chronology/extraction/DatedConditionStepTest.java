package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "…، على أن يستأنف المعبر نشاطه مطلع الشهر المقبل": a clause opened by "على أن" after a happening
 * of its sentence, with a date phrase of its own, is the next step of the same story (a sequel),
 * planned, even when its verb is no trigger word (guide: planned steps are events with their date).
 */
class DatedConditionStepTest {

  @Test
  void aDatedConditionAfterASigningIsAPlannedStepOfItsOwn() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "ووقعت الحكومتان أمس اتفاقية لإعادة فتح المعبر الحدودي، على أن يستأنف نشاطه مطلع"
                + " الشهر المقبل.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventStatus.HAPPENED, events.get(0).status(), events.toString());
    assertEquals(EventStatus.PLANNED, events.get(1).status(), events.toString());
    assertEquals(LocalDate.of(2023, 4, 1), events.get(1).date().start(), events.toString());
  }
}
