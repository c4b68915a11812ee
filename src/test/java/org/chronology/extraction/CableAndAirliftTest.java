package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A cable sent by a head of state ("وأبرق الملك إلى نظيره") is a dated happening of no other type
 * (other), like a cable sent (بعث برقية); an airlift told with its case ending or article ("سيّرت
 * جسراً جوياً"، "الجسر الجوي الذي أطلقته") is aid delivered (deal), like جسر جوي.
 */
class CableAndAirliftTest {

  @Test
  void aCableSentIsAHappening() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وأبرق العاهل المغربي الملك محمد السادس أمس إلى الرئيس التونسي قيس سعيد مهنئاً"
                + " بذكرى الاستقلال.");
    Fixtures.ofType(events, EventType.OTHER);
  }

  @Test
  void anAirliftWithItsCaseEndingIsADelivery() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وسيّرت الإمارات منذ السبت الماضي جسراً جوياً نقل عشرات الأطنان من المساعدات"
                + " الغذائية إلى السودان.");
    Fixtures.ofType(events, EventType.DEAL);
  }

  @Test
  void anAirliftWithTheArticleIsADelivery() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وهبطت في مطار بورتسودان أمس الطائرة العاشرة ضمن الجسر الجوي الذي أطلقته قطر"
                + " الأسبوع الماضي.");
    Fixtures.ofType(events, EventType.DEAL);
  }
}
