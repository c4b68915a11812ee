package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks held on the sidelines of a gathering are a meeting of their own, not the gathering, also
 * when the verb of the talks comes first and the sidelines after it ("والتقى الرئيس نظيره على هامش
 * القمة"، "وبحث الوزير مع نظيره على هامش القمة …"), the usual order of news Arabic.
 */
class SidelineTalksAfterVerbTest {

  private static final String SUMMIT =
      "اختتمت اليوم الخميس في الدوحة القمة العربية الطارئة بمشاركة قادة الدول الأعضاء. ";

  private static void twoMeetings(String text, String participant) {
    List<ExtractedEvent> events = Fixtures.extract(text);
    assertEquals(2, events.size(), events.toString());
    assertTrue(events.stream().allMatch(e -> e.type() == EventType.MEETING), events.toString());
    assertTrue(events.stream().anyMatch(e -> Fixtures.hasActor(e, participant)), events.toString());
  }

  @Test
  void metOnTheSidelinesAfterTheVerb() {
    twoMeetings(
        SUMMIT + "والتقى الرئيس العراقي نظيره اللبناني على هامش القمة وبحثا العلاقات الثنائية.",
        "لبنان");
  }

  @Test
  void discussedWithAPartnerOnTheSidelines() {
    twoMeetings(
        SUMMIT + "وبحث وزير الخارجية الجزائري مع نظيره التونسي على هامش القمة ملف الحدود.", "تونس");
  }
}
