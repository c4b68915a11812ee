package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide counts one event per happening: a purchase and an embassy opened later in the same
 * sentence, each told with a date phrase of its own, are two happenings, not the facet of one.
 */
class SecondActOwnDateTest {

  @Test
  void aPurchaseAndAnEmbassyEachWithItsOwnDateAreTwoEvents() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            2,
            "في ربيع 2019 اشترت قطر طائرات مسيرة من تركيا، وافتتحت تركيا قنصلية في الدوحة في العام"
                + " نفسه.",
            LocalDate.of(2024, 5, 2));
    assertNotNull(Fixtures.ofType(events, EventType.DEAL), events.toString());
    assertNotNull(Fixtures.ofType(events, EventType.DIPLOMATIC), events.toString());
  }
}
