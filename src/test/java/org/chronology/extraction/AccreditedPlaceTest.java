package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "السفير التركي السابق لدى واشنطن": the place after لدى is where an envoy is accredited, part of
 * his title; it is not where the talks he holds were, so it keeps no further mention of the talks
 * apart.
 */
class AccreditedPlaceTest {

  private static final LocalDate FRIDAY = LocalDate.of(2022, 1, 14);

  @Test
  void envoysPostIsNoPlaceOfTheTalks() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            "عقد المبعوثان الخاصان لتركيا وأرمينيا اليوم الجمعة في موسكو أول جولة محادثات مباشرة"
                + " بينهما.\n\nوالتقى السفير التركي السابق لدى واشنطن سردار قليج، ونائب رئيس"
                + " البرلمان الأرميني روبن روبينيان، في مقر تابع لوزارة الخارجية الروسية لمدة"
                + " ساعتين.",
            FRIDAY);
    assertEquals("موسكو", events.get(0).location().name());
  }

  @Test
  void anEnvoysPostIsNotWhereHeArrives() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1, "وصل سفير مصر لدى إثيوبيا أمس إلى القاهرة في زيارة قصيرة للتشاور.", FRIDAY);
    assertEquals("القاهرة", events.get(0).location().name());
  }
}
