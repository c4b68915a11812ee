package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Acts told beside another in the same sentence that were no triggers: relations downgraded, a like
 * decision taken by another party, restrictions imposed told back by a pronoun, restrictions
 * lifted, a ruling upheld by a higher court, a clash told by the verb, a treaty's term ended, works
 * begun, a leader's death, a mass crossing of a border.
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
        Fixtures.extract(
            "دعا الأمين العام للأمم المتحدة الطرفين إلى خفض مستوى التصعيد على الحدود.");
    assertTrue(events.stream().noneMatch(e -> e.type() == EventType.DIPLOMATIC), events.toString());
  }

  @Test
  void likeDecisionOfAnotherPartyIsItsOwnAct() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أغلقت مالي مجالها الجوي أمام الطائرات النيجرية يوم 3 مارس 2022، بعد يومين من قرار"
                + " مماثل اتخذته النيجر في الأول من مارس 2022.");
    assertEquals(2, events.size(), events.toString());
    // like the airspace closure it mirrors, other (round 62 item 3; LikeActs)
    assertEquals(EventType.OTHER, dated(events, LocalDate.of(2022, 3, 1)).type());
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

  @Test
  void clashToldByTheVerb() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وكانت قوات البلدين قد اشتبكت على الحدود في 14 أبريل 2021، قبل أن تتوصلا إلى هدنة.");
    assertEquals(EventType.INCIDENT, dated(events, LocalDate.of(2021, 4, 14)).type());
  }

  @Test
  void treatyTermEndedAndWorksBegunAreStepsOfTheirOwn() {
    List<ExtractedEvent> ended =
        Fixtures.extract(
            "وقع البلدان اتفاقية لتصدير الكهرباء عام 2012، وانتهى سريان الاتفاقية في 30 يونيو 2022.");
    assertEquals(2, ended.size(), ended.toString());
    assertEquals(EventType.OTHER, dated(ended, LocalDate.of(2022, 6, 30)).type());
    List<ExtractedEvent> begun =
        Fixtures.extract(
            "وقعت الدولتان عقد إنشاء السكة الحديدية في مارس 2015، وبدأت أعمال البناء في سبتمبر"
                + " 2016.");
    assertEquals(2, begun.size(), begun.toString());
    assertEquals(EventType.OTHER, dated(begun, LocalDate.of(2016, 9, 1)).type());
  }

  @Test
  void deathIsAHappeningButACasualtyStaysWithItsIncident() {
    List<ExtractedEvent> succession =
        Fixtures.extract("وتولى رئيس الوزراء منصبه في يناير 2020، عقب وفاة سلفه في ديسمبر 2019.");
    assertEquals(2, succession.size(), succession.toString());
    dated(succession, LocalDate.of(2019, 12, 1));
    List<ExtractedEvent> attack =
        Fixtures.extract(
            "وقتل شخصان في هجوم على مركز للشرطة يوم 4 مايو 2021، وأسفر الهجوم عن وفاة شرطي.");
    assertEquals(1, attack.size(), attack.toString());
    assertEquals(EventType.INCIDENT, attack.get(0).type());
  }

  @Test
  void massCrossingWithItsNumbers() {
    List<ExtractedEvent> events =
        Fixtures.extract("وشهدت الأزمة بين البلدين تدفق آلاف المهاجرين على الحدود في 3 مايو 2021.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.INCIDENT, events.get(0).type());
  }
}
