package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "رئيس مجلس الوزراء" is the head of the government, the prime minister, not the president. */
class CouncilOfMinistersTitleTest {

  @Test
  void testTheHeadOfTheCouncilOfMinistersIsPrimeMinister() {
    ExtractedEvent e =
        Fixtures.only(
            "وصل رئيس مجلس الوزراء الكويتي الشيخ أحمد النواف إلى هانوي أمس في زيارة رسمية.");
    assertEquals("رئيس الوزراء", Fixtures.actor(e, "أحمد النواف").identity().office());
  }
}
