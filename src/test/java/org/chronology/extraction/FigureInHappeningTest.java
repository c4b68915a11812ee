package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A figure next to a dated past verb describes the happening; a running share is still no event.
 */
class FigureInHappeningTest {

  @Test
  void testSigningDatedInASentenceWithAPercentageIsADeal() {
    ExtractedEvent e =
        Fixtures.only("وتمول الصين 70% من كلفة الجسر بقرض ميسر، وقعت اتفاقيته في آذار 2019.");
    assertEquals(EventType.DEAL, e.type());
    assertEquals(2019, e.date().start().getYear());
  }

  @Test
  void testDatedAnnouncementOfMoreFlightsIsAnEvent() {
    Fixtures.only(
        "وأعلنت شركة الطيران الوطنية في أيار الماضي زيادة عدد رحلاتها الأسبوعية إلى عمّان.");
  }

  @Test
  void testRunningShareStaysBackground() {
    Fixtures.assertNoEvent("وارتفعت حصة الشحنات الروسية إلى 30% من واردات القمح عام 2021.");
  }
}
