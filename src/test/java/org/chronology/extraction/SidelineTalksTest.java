package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks told after the sidelines of a gathering ("وعلى هامش القمة، التقى …") are a meeting of their
 * own, neither the summit they were held beside nor a further telling of it.
 */
class SidelineTalksTest {

  private static final String SUMMIT =
      "اختتمت في العاصمة القطرية الدوحة أمس الأربعاء أعمال القمة العربية الطارئة بمشاركة قادة"
          + " عشر دول.";

  @Test
  void talksByVerbAfterTheSidelinesAreTheirOwnMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                SUMMIT,
                "وعلى هامش القمة، التقى الرئيس المصري عبد الفتاح السيسي أمس نظيره التونسي قيس"
                    + " سعيد، وبحثا تعزيز العلاقات الثنائية."));
    ExtractedEvent talks = Fixtures.withEvidence(events, "هامش");
    assertEquals(EventType.MEETING, talks.type(), events.toString());
    assertEquals(2, events.size(), events.toString());
  }

  @Test
  void talksByNounAfterTheSidelinesAreTheirOwnMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                SUMMIT,
                "وعلى هامش القمة عقد العاهل الأردني والرئيس العراقي لقاءً ثنائياً تناول مشاريع"
                    + " الطاقة المشتركة."));
    ExtractedEvent talks = Fixtures.withEvidence(events, "هامش");
    assertEquals(EventType.MEETING, talks.type(), events.toString());
    assertEquals(2, events.size(), events.toString());
  }

  @Test
  void theSummitTakenUpAgainStaysTheSummit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                SUMMIT, "وتناولت القمة سبل دعم الاستقرار في المنطقة وتعزيز العمل العربي المشترك."));
    assertEquals(1, events.size(), events.toString());
  }
}
