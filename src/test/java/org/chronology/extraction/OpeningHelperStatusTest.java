package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mission told by its noun after a future verb of opening ("ستفتتح سفارة"، "سيفتتحان سفارتيهما")
 * is still to come (guide, Status: planned), like "ستفتح قنصلية" (sentences of our own).
 */
class OpeningHelperStatusTest {

  @Test
  void testAnEmbassyToBeOpenedIsPlanned() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وأعلن وزير الخارجية الكيني أن بلاده ستفتتح سفارة في كيغالي قبل نهاية العام.");
    assertEquals(
        EventStatus.PLANNED,
        Fixtures.ofType(events, EventType.DIPLOMATIC).status(),
        events::toString);
  }
}
