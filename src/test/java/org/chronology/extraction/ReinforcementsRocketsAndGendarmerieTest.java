package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Happenings of the guide's types told by words the lexicon did not know: reinforcements sent
 * without their adjective are a deployment (military), rockets or shells that fell on a place an
 * attack (incident), people stopped by the gendarmerie or police services ("أوقفت مصالح الدرك") an
 * arrest (incident). Sentences of our own.
 */
class ReinforcementsRocketsAndGendarmerieTest {

  @Test
  void testReinforcementsSentAreADeployment() {
    List<ExtractedEvent> e =
        Fixtures.extract("ودفع الجيش الكيني أمس الأربعاء بتعزيزات كبيرة نحو حدوده مع الصومال.");
    Fixtures.ofType(e, EventType.MILITARY);
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

  @Test
  void testStoppedByTheGendarmerieIsAnArrest() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وأوقفت مصالح الدرك الوطني بوهران أمس الأربعاء خمسة أشخاص ينشطون في تهريب الوقود"
                + " نحو المغرب.");
    Fixtures.ofType(e, EventType.INCIDENT);
  }
}
