package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Event nouns and verbs of the guide's types told without the words around them that the lexicon
 * knew: an ambush is an attack (incident), reinforcements sent are a deployment (military), a call
 * named by its bare noun is a meeting, rockets or shells that fell on a place are an attack
 * (incident). Sentences of our own.
 */
class AmbushReinforcementsCallRocketsTest {

  @Test
  void testAnAmbushIsAnIncident() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وتعرضت دورية للجيش التشادي أمس الأربعاء لكمين قرب الحدود مع ليبيا.");
    Fixtures.ofType(e, EventType.INCIDENT);
  }

  @Test
  void testReinforcementsSentAreADeployment() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "ودفع الجيش الكيني أمس الأربعاء بتعزيزات كبيرة نحو حدوده مع الصومال.");
    Fixtures.ofType(e, EventType.MILITARY);
  }

  @Test
  void testABareCallIsAMeeting() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وتناول الاتصال الذي جرى أمس الأربعاء بين الرئيس الكيني ونظيره الأوغندي أوضاع"
                + " الحدود.");
    Fixtures.ofType(e, EventType.MEETING);
  }

  @Test
  void testRocketsThatFellAreAnIncident() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وسقطت صواريخ مساء أمس الأربعاء قرب مطار طرابلس الدولي من دون وقوع إصابات.");
    Fixtures.ofType(e, EventType.INCIDENT);
    List<ExtractedEvent> f =
        Fixtures.extract(
            "وسقط صاروخان مساء أمس الأربعاء قرب مطار طرابلس الدولي من دون وقوع إصابات.");
    Fixtures.ofType(f, EventType.INCIDENT);
  }
}
