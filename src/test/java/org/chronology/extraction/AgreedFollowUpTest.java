package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An agreement told as made, whose follow-up an "على أن" complement times, is done and dated by its
 * own day, not by the follow-up's coming date (published Thursday 16 March 2023).
 */
class AgreedFollowUpTest {

  @Test
  void testASigningWithAStepAfterAlaAnIsDoneOnItsDay() {
    List<ExtractedEvent> e =
        extract(
            "ووقع وزيرا النقل الأردني والمغربي يوم الثلاثاء في الرباط اتفاقية للنقل الجوي، على أن"
                + " تنطلق الرحلات المباشرة بين عمّان والدار البيضاء في مايو المقبل.");
    List<ExtractedEvent> deals = e.stream().filter(x -> x.type() == EventType.DEAL).toList();
    assertFalse(deals.isEmpty(), e.toString());
    ExtractedEvent d = deals.get(0);
    assertEquals(EventStatus.HAPPENED, d.status(), e.toString());
    assertEquals(LocalDate.of(2023, 3, 14), d.date().start(), e.toString());
  }

  @Test
  void testAnAnnouncedAgreementIsNotDatedByItsFirstSession() {
    List<ExtractedEvent> e =
        extract(
            "استقبل الرئيس التونسي اليوم الخميس نظيره الجزائري في قصر قرطاج.\n\n"
                + "من جانبه، أعلن وزير الخارجية اتفاق الجانبين على إحياء اللجنة العليا المشتركة،"
                + " على أن تعقد أولى دوراتها في الجزائر الشهر المقبل.");
    List<ExtractedEvent> deals = e.stream().filter(x -> x.type() == EventType.DEAL).toList();
    assertFalse(deals.isEmpty(), e.toString());
    ExtractedEvent d = deals.get(0);
    assertEquals(EventStatus.HAPPENED, d.status(), e.toString());
    assertFalse(d.date().start().isAfter(Fixtures.PUBLISHED), e.toString());
  }

  @Test
  void testAnAgreementNamedBeforeStaysWithItsStep() {
    // "بموجب الاتفاقية" names an act told before; the sentence tells its coming step
    List<ExtractedEvent> e =
        extract(
            "وبموجب الاتفاقية تتولى الحكومة المغربية تمويل إنشاء الميناء، على أن تبدأ الأعمال"
                + " مطلع العام المقبل.");
    for (ExtractedEvent x : e) {
      if (x.type() == EventType.DEAL) {
        assertEquals(EventStatus.PLANNED, x.status(), e.toString());
      }
    }
  }
}
