package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts told beside another in the same sentence that were no triggers: relations downgraded, a like
 * decision taken by another party, restrictions imposed told back by a pronoun, restrictions
 * lifted, a ruling upheld by a higher court.
 */
class SecondActTriggersTest {

  private static ExtractedEvent dated(List<ExtractedEvent> events, LocalDate start) {
    return events.stream()
        .filter(e -> start.equals(e.date().start()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("nothing dated " + start + ": " + events));
  }

  @Test
  void representationDowngraded() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "خفضت البحرين مستوى تمثيلها الدبلوماسي في بغداد إلى قائم بالأعمال يوم 5 مايو 2019.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.DIPLOMATIC, events.get(0).type());
  }

  @Test
  void deEscalationIsNoDowngrade() {
    List<ExtractedEvent> events =
        Fixtures.extract("دعا الأمين العام للأمم المتحدة الطرفين إلى خفض مستوى التصعيد على الحدود.");
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.DIPLOMATIC), events.toString());
  }

  @Test
  void likeDecisionOfAnotherPartyIsItsOwnAct() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أغلقت مالي مجالها الجوي أمام الطائرات النيجرية يوم 3 مارس 2022، بعد يومين من قرار"
                + " مماثل اتخذته النيجر في الأول من مارس 2022.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.DIPLOMATIC, dated(events, LocalDate.of(2022, 3, 1)).type());
  }

  @Test
  void restrictionsLiftedAndTheirImpositionToldBack() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "رفعت كوريا الجنوبية يوم الأحد 12 مارس 2023 القيود التي فرضتها عام 2018 على واردات"
                + " الأسماك اليابانية.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.DEAL, dated(events, LocalDate.of(2023, 3, 12)).type());
    assertEquals(EventType.OTHER, dated(events, LocalDate.of(2018, 1, 1)).type());
  }

  @Test
  void rulingUpheldByHigherCourt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أصدرت محكمة أول درجة حكما بإلغاء القرار في مايو 2016، وأيدته المحكمة العليا في 10"
                + " فبراير 2017.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.OTHER, dated(events, LocalDate.of(2017, 2, 10)).type());
  }
}
