package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronology.extraction.ActorMention;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * A capital right after the verb of a relative clause that carries the pronoun of the noun it tells
 * of is that verb's subject, so it stands for its state; without the pronoun it is no subject.
 */
class CapitalInRelativeClauseTest {

  private static boolean has(ExtractedEvent e, String name) {
    return e.actors().stream().map(ActorMention::name).anyMatch(name::equals);
  }

  @Test
  void testCapitalAfterAVerbWithThePronounOfTheNounIsItsSubject() {
    ExtractedEvent e =
        only(
            "وفي 10 آذار 2023 ألقى وزير الخارجية الأرميني كلمة في المنتدى الاقتصادي الذي"
                + " استضافته طشقند.");
    assertTrue(has(e, "أوزبكستان"), e.actors().toString());
  }

  @Test
  void testCapitalAfterAPointingBackRelativeAndItsVerbIsItsSubject() {
    ExtractedEvent e = only("في 10 آذار 2023 أغلقت أرمينيا حدودها مع جارتها، وهو ما تنتقده طشقند.");
    assertTrue(has(e, "أوزبكستان"), e.actors().toString());
  }

  @Test
  void testCapitalAfterAVerbWithoutThePronounIsNoSubject() {
    ExtractedEvent e =
        only(
            "وفي 10 آذار 2023 ألقى وزير الخارجية الأرميني كلمة أمام الوفد الذي غادر طشقند"
                + " صباحاً.");
    assertNoActor(e, "أوزبكستان");
  }
}
