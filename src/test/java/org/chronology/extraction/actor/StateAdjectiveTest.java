package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.only;

import org.junit.jupiter.api.Test;

/** State adjectives written as the people's name ("التركماني" for Turkmenistan). */
class StateAdjectiveTest {

  @Test
  void testTurkmenAdjectiveOfAMinisterIsTurkmenistan() {
    assertActors(
        only(
            "استقبل الرئيس الصيني في بكين يوم 3 نيسان 2024 وزير الخارجية التركماني مراد"
                + " أتاييف."),
        "تركمانستان");
  }

  @Test
  void testTurkmenAdjectiveOfAStatementIsTurkmenistan() {
    assertActors(
        only("نفت الخارجية التركمانية يوم 3 نيسان 2024 وجود أي توتر على الحدود مع إيران."),
        "تركمانستان");
  }

  @Test
  void testIndefiniteTurkmenOfAFactionIsNoState() {
    assertNoActor(
        only("أعلن فصيل تركماني معارض في ريف اللاذقية يوم 3 نيسان 2024 انسحابه من المنطقة."),
        "تركمانستان");
  }
}
