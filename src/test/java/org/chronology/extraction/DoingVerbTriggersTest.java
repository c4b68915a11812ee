package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A happening told by its doing verb with the subject between verb and noun ("شنت المقاتلات غارات"،
 * "نفذت القوات مناورات"), or by a verb of its own where the list had only the noun (اختبر صاروخاً،
 * انفجرت، رست المناقصة): one happening of its type, the plural noun after the doing verb no habit
 * (the guide: attacked, exercised, tested, bought).
 */
class DoingVerbTriggersTest {

  @Test
  void raidsLaunchedByAnAirForceAreOneAttack() {
    ExtractedEvent e =
        Fixtures.only("شنت المقاتلات الإسرائيلية غارات على مواقع لحركة حماس في غزة.");
    assertEquals(EventType.INCIDENT, e.type());
  }

  @Test
  void manoeuvresCarriedOutByTwoNaviesAreOneExercise() {
    ExtractedEvent e =
        Fixtures.only("نفذت البحريتان الباكستانية والتركية مناورات بحرية قرب كراتشي.");
    assertEquals(EventType.MILITARY, e.type());
  }

  @Test
  void aMissileTestedIsAWeaponsTest() {
    ExtractedEvent e =
        Fixtures.only("اختبر الجيش الباكستاني صاروخاً جديداً قادراً على حمل رؤوس نووية.");
    assertEquals(EventType.MILITARY, e.type());
  }

  @Test
  void aBombThatWentOffIsAnIncident() {
    ExtractedEvent e = Fixtures.only("انفجرت عبوة ناسفة بدورية للجيش العراقي قرب الموصل السبت.");
    assertEquals(EventType.INCIDENT, e.type());
  }

  @Test
  void aTenderAwardedIsADeal() {
    ExtractedEvent e = Fixtures.only("رست مناقصة توسعة المطار على شركة إماراتية.");
    assertEquals(EventType.DEAL, e.type());
  }

  @Test
  void aBatchHandedOverIsADelivery() {
    ExtractedEvent e = Fixtures.only("سلمت ألمانيا أوكرانيا الدفعة الثانية من دبابات ليوبارد.");
    assertEquals(EventType.DEAL, e.type());
  }
}
