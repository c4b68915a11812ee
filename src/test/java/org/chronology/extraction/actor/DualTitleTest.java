package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.only;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/** A dual title names two office holders: both names after it are actors of the event. */
class DualTitleTest {

  @Test
  void testBothMinistersAfterAConstructDualWithTheTwoStates() {
    ExtractedEvent e =
        only(
            "ووقّع البروتوكولين وزيرا خارجية البلدين سامر نوفل وكريم الحداد في جنيف في 10 آذار"
                + " 2023.");
    assertActors(e, "سامر نوفل", "كريم الحداد");
  }

  @Test
  void testBothMinistersAfterADualWithTheirStateAdjectives() {
    ExtractedEvent e =
        only(
            "والتقى وزيرا الخارجية التركي سامر نوفل والأرميني كريم الحداد في جنيف في 10 آذار"
                + " 2023.");
    assertActors(e, "سامر نوفل", "كريم الحداد", "تركيا", "أرمينيا");
    assertNoActor(e, "وزارة الخارجية التركي");
  }

  @Test
  void testSecondNameAfterADefiniteDualWithoutTheConjunction() {
    ExtractedEvent e = only("والتقى الوزيران سامر نوفل وكريم الحداد في جنيف في 10 آذار 2023.");
    assertActors(e, "سامر نوفل", "كريم الحداد");
    assertNoActor(e, "وكريم الحداد");
  }

  @Test
  void testDualTitleAfterAPreposition() {
    ExtractedEvent e =
        only(
            "وأجرى الأمين العام اتصالين هاتفيين بوزيري خارجية البلدين سامر نوفل وكريم الحداد في"
                + " 10 آذار 2023.");
    assertActors(e, "سامر نوفل", "كريم الحداد");
  }

  @Test
  void testSpecialEnvoysOfTwoStates() {
    ExtractedEvent e =
        only("وعقد المبعوثان الخاصان سامر نوفل وكريم الحداد جولة في موسكو في 10 آذار 2023.");
    assertActors(e, "سامر نوفل");
    assertNoActor(e, "الخاصان سامر نوفل");
  }

  @Test
  void testASingleTitleDoesNotTakeTheNextName() {
    ExtractedEvent e =
        only("والتقى وزير الخارجية سامر نوفل ووفدا من التجار في جنيف في 10 آذار 2023.");
    assertActors(e, "سامر نوفل");
    assertNoActor(e, "وفدا من التجار");
  }

  @Test
  void testUnionMinistersStayTheUnionsCouncil() {
    ExtractedEvent e = only("واجتمع وزراء خارجية الاتحاد الأوروبي في بروكسل في 10 آذار 2023.");
    assertActors(e, "الاتحاد الأوروبي");
  }

  @Test
  void testDualTitleWithoutNamesIsBothStatesNotOneHolder() {
    ExtractedEvent e =
        only("عقد وزيرا خارجية أذربيجان وأرمينيا اليوم الخميس جولة محادثات في واشنطن.");
    assertActors(e, "أذربيجان", "أرمينيا");
    assertNoActor(e, "جيهون بيراموف");
  }
}
