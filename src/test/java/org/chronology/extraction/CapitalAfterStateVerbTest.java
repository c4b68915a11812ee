package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A capital right after a verb of saying or deciding is that verb's subject and stands for its
 * state (the guide: a capital standing for the state), as after an event verb.
 */
class CapitalAfterStateVerbTest {

  private static boolean anyHas(List<ExtractedEvent> events, String name) {
    return events.stream().anyMatch(e -> Fixtures.hasActor(e, name));
  }

  @Test
  void testACapitalConfirmingADecisionIsItsState() {
    List<ExtractedEvent> events =
        Fixtures.extract("وأكدت كمبالا أمس أنها علقت الرحلات الجوية إلى الصومال حتى إشعار آخر.");
    assertTrue(anyHas(events, "أوغندا"), events.toString());
  }
}
