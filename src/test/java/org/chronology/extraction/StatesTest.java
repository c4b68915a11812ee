package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronology.extraction.actor.Gazetteer;
import org.chronology.extraction.lang.States;
import org.junit.jupiter.api.Test;

/** Every state of the world is known: its names, its adjectives and its capital. */
class StatesTest {

  @Test
  void testEveryUnMemberAndThreeOthersAreCountries() {
    assertTrue(States.all().size() >= 196, "states: " + States.all().size());
    Gazetteer g = Gazetteer.standard();
    for (String name : List.of("كينيا", "البرازيل", "كوسوفو", "تايوان", "فلسطين", "السعودية")) {
      assertEquals(ActorKind.COUNTRY, g.byName(name).kind(), name);
    }
  }

  @Test
  void testFeminineAdjectiveNamesTheState() {
    ExtractedEvent e = Fixtures.only("وأعلنت الحكومة الكينية أمس تعليق المحادثات مع الصومال.");
    assertTrue(Fixtures.hasActor(e, "كينيا"), e.actors().toString());
    assertTrue(Fixtures.hasActor(e, "الصومال"), e.actors().toString());
  }

  @Test
  void testCapitalActingStandsForItsState() {
    ExtractedEvent e = Fixtures.only("وأدانت بكين أمس الهجوم على سفارتها.");
    assertTrue(Fixtures.hasActor(e, "الصين"), e.actors().toString());
  }

  @Test
  void testNewPersonAfterAnOfficeTitleGetsOfficeAndCountry() {
    ExtractedEvent e =
        Fixtures.only("وصل وزير الخارجية البرازيلي ماورو فييرا أمس إلى بوينس آيرس في زيارة رسمية.");
    ActorMention m = Fixtures.actor(e, "ماورو فييرا");
    assertEquals("البرازيل", m.country());
    assertEquals("وزير الخارجية", m.office());
    assertEquals("بوينس آيرس", e.location().name());
  }

  @Test
  void testInternationalOrganisationsAreActors() {
    ExtractedEvent e =
        Fixtures.only("وعقد مجلس الأمن الدولي أمس جلسة طارئة بطلب من الجامعة العربية.");
    assertTrue(Fixtures.hasActor(e, "مجلس الأمن الدولي"), e.actors().toString());
  }
}
