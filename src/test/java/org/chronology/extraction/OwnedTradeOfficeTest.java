package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A trade office named with its owner's pronoun ("مكتبها التجاري") is the guide's office opened or
 * closed, diplomatic, as "مكتب تجاري" is; opening it is no opening of a dam or a railway (other).
 */
class OwnedTradeOfficeTest {

  @Test
  void openingItsTradeOfficeIsDiplomatic() {
    ExtractedEvent e =
        Fixtures.only("ومن المقرر أن تفتتح النرويج مكتبها التجاري في الدوحة مطلع الشهر المقبل.");
    assertEquals(EventType.DIPLOMATIC, e.type(), e.toString());
  }

  @Test
  void closingHisTradeOfficeIsDiplomatic() {
    ExtractedEvent e = Fixtures.only("وأغلق البلد مكتبه التجاري في طرابلس يوم الأحد الماضي.");
    assertEquals(EventType.DIPLOMATIC, e.type(), e.toString());
  }
}
