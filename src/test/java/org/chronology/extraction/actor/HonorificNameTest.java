package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.actor;
import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/** Honorifics before a name, and words after a name that are no part of it. */
class HonorificNameTest {

  @Test
  void testARulerWrittenWithHisHonorificKeepsItAsAlias() {
    ExtractedEvent e =
        only("استقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية الياباني في 4 أيار 2023.");
    assertTrue(
        actor(e, "عبد الله الثاني").aliases().contains("الملك عبد الله الثاني"),
        e.actors().toString());
  }

  @Test
  void testASultanIsATitle() {
    assertActors(
        only("تلقى السلطان هيثم بن طارق اتصالاً هاتفياً من الرئيس الإيراني في 6 أيار 2023."),
        "هيثم بن طارق");
  }

  @Test
  void testATimeNounAfterANameIsNoPartOfIt() {
    ExtractedEvent e =
        only("استدعت الخارجية الصينية السفير الأميركي نيكولاس بيرنز ليل الثلاثاء 2 آب 2022.");
    assertActors(e, "نيكولاس بيرنز");
    assertNoActor(e, "نيكولاس بيرنز ليل");
  }
}
