package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A capital's other usual spelling names its state as its first spelling does (سول / سيئول). */
class CapitalSpellingVariantTest {

  @Test
  void testSeoulSpelledWithHamzaIsSouthKorea() {
    List<ExtractedEvent> events =
        Fixtures.extract("وصل رئيس الوزراء الأردني أمس إلى سيئول في زيارة رسمية تستمر يومين.");
    assertTrue(
        events.stream().anyMatch(e -> Fixtures.hasActor(e, "كوريا الجنوبية")), events.toString());
  }
}
