package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * States and bodies a clause names without naming them as actors: the capital a flight or a
 * shipment goes to, the second state of a body two states share, the body whose adjective names the
 * summit or truce it holds.
 */
class StatesAtTheOtherEndTest {

  @Test
  void testTheCapitalAFlightGoesToIsItsState() {
    var events =
        Fixtures.extract(
            "وأعلنت الخطوط الجوية الكينية أمس استئناف رحلاتها المباشرة إلى أديس أبابا بعد توقف دام"
                + " عامين.");
    assertTrue(events.stream().anyMatch(e -> Fixtures.hasActor(e, "إثيوبيا")), events.toString());
  }

  @Test
  void testTheCapitalAFerryIsSentToIsItsState() {
    var events =
        Fixtures.extract("وقالت الحكومة اليونانية إنها سترسل غدا سفينة إلى بيروت لإجلاء رعاياها.");
    assertTrue(events.stream().anyMatch(e -> Fixtures.hasActor(e, "لبنان")), events.toString());
  }

  @Test
  void testBothStatesOfASharedCommitteeTakePart() {
    ExtractedEvent e =
        Fixtures.only(
            "واختتمت في نيروبي أمس أعمال الدورة الرابعة للجنة الكينية الأوغندية المشتركة.");
    Fixtures.assertActors(e, "كينيا", "أوغندا");
  }

  @Test
  void testTheArabSummitIsTheArabLeagues() {
    ExtractedEvent e =
        Fixtures.only("وانطلقت في الجزائر أمس أعمال القمة العربية الحادية والثلاثين.");
    Fixtures.assertActors(e, "جامعة الدول العربية");
  }

  @Test
  void testASummitOfTwoGroupsIsNoOneBodys() {
    var events = Fixtures.extract("وانطلقت في الرياض أمس أعمال القمة العربية ـ الأفريقية الخامسة.");
    assertTrue(
        events.stream().noneMatch(e -> Fixtures.hasActor(e, "جامعة الدول العربية")),
        events.toString());
  }

  @Test
  void testTalksOnTheSidelinesOfAGulfSummitAreNotTheCouncils() {
    var events =
        Fixtures.extract(
            "والتقى وزير الخارجية الكويتي نظيره الهندي على هامش القمة الخليجية في مسقط أمس.");
    assertTrue(
        events.stream().noneMatch(e -> Fixtures.hasActor(e, "مجلس التعاون الخليجي")),
        events.toString());
  }
}
