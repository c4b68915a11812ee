package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.actor;
import static org.chronology.extraction.Fixtures.hasActor;
import static org.chronology.extraction.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/** How a person's name after a title is read: its parts, honorifics, offices and spellings. */
class PersonNameTest {

  @Test
  void testLinkedPartsOfANameStayTogether() {
    ExtractedEvent e =
        only("زار وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني بغداد في 4 آذار 2023.");
    assertTrue(hasActor(e, "محمد بن عبد الرحمن آل ثاني"), e.actors().toString());
    assertEquals("قطر", actor(e, "محمد بن عبد الرحمن آل ثاني").country());
  }

  @Test
  void testAFamilyNameWithTheArticleEndsTheName() {
    ExtractedEvent e = only("زار وزير الدفاع الكويتي خالد الصباحي بغداد في 4 آذار 2023.");
    assertTrue(hasActor(e, "خالد الصباحي"), e.actors().toString());
    assertFalse(hasActor(e, "خالد"), "not cut before the family name");
  }

  @Test
  void testAnObjectAfterATwoPartNameIsNotPartOfIt() {
    ExtractedEvent e =
        only("استقبل الرئيس الفرنسي جان مارتان الوفد الإيطالي في باريس في 4 آذار 2023.");
    assertTrue(hasActor(e, "جان مارتان"), e.actors().toString());
  }

  @Test
  void testAnOfficeWithAComplementBeforeItsState() {
    ExtractedEvent e =
        only(
            "زار وزير الزراعة والثروة السمكية العماني سالم بن ناصر الحارثي القاهرة في 4 آذار 2023.");
    assertTrue(hasActor(e, "سالم بن ناصر الحارثي"), e.actors().toString());
    assertTrue(hasActor(e, "سلطنة عمان"), e.actors().toString());
  }

  @Test
  void testAnOfficeComplementBeforeACommaAndTheName() {
    ExtractedEvent e =
        only("زار وزير الشؤون الدينية والأوقاف، يوسف بلمهدي، الرباط في 4 آذار 2023.");
    assertEquals(ActorKind.PERSON, actor(e, "يوسف بلمهدي").kind());
  }

  @Test
  void testAnAmbassadorsPostBetweenTitleAndName() {
    ExtractedEvent e =
        only("التقى السفير الفرنسي في الرباط جان دوبون وزير العدل المغربي في 4 آذار 2023.");
    assertTrue(hasActor(e, "جان دوبون"), e.actors().toString());
  }

  @Test
  void testAKingNamedAfterHisTitle() {
    ExtractedEvent e =
        only("استقبل العاهل الأردني الملك عبد الله الثاني في 4 آذار 2023 وفداً أميركياً.");
    assertTrue(hasActor(e, "عبد الله الثاني"), e.actors().toString());
    assertTrue(hasActor(e, "الأردن"), e.actors().toString());
  }

  @Test
  void testAnUnnamedCounterpartStillBringsHisState() {
    ExtractedEvent e =
        only("التقى وزير الخارجية المصري نظيره الموريتاني في القاهرة في 4 آذار 2023.");
    assertTrue(hasActor(e, "موريتانيا"), e.actors().toString());
  }

  @Test
  void testWordsAfterAnUnnamedCounterpartAreNoName() {
    ExtractedEvent e =
        only("التقى وزير الخارجية الكيني موسى موراجي نظيره الأوغندي ثلاث مرات في آذار 2023.");
    assertFalse(hasActor(e, "ثلاث مرات"), e.actors().toString());
    assertTrue(hasActor(e, "أوغندا"), e.actors().toString());
  }

  @Test
  void testALinkedNameAfterACounterpart() {
    ExtractedEvent e =
        only("التقى وزير الخارجية الكيني موسى موراجي نظيره الأردني أيمن بن علي في 4 آذار 2023.");
    assertTrue(hasActor(e, "أيمن بن علي"), e.actors().toString());
  }

  @Test
  void testAKnownPersonWrittenWithAnotherSpellingKeepsIt() {
    ExtractedEvent e = only("زار وزير الخارجية التركي مولود تشاويش أوغلو بغداد في 4 آذار 2023.");
    var m = actor(e, "مولود جاويش أوغلو");
    assertTrue(m.aliases().contains("مولود تشاويش أوغلو"), m.aliases().toString());
    assertFalse(hasActor(e, "مولود"), "the given name is not a second, unknown actor");
  }

  @Test
  void testFullNameVariantsOfSurnamesOfSeveralWordsAndJoinedSurnames() {
    assertEquals(
        List.of("فلان علاني أوغلو"),
        Gazetteer.fullNameVariants(
            person("فلان علان أوغلو", "علان أوغلو", "علاني أوغلو", "فلان علان")));
    assertEquals(
        List.of("حسن عبدالكريمي"),
        Gazetteer.fullNameVariants(person("حسن عبد الكريمي", "عبد الكريمي", "عبدالكريمي")));
  }

  private static GazetteerEntry person(String name, String... aliases) {
    return new GazetteerEntry(
        new ActorIdentity(name, null, ActorKind.PERSON, null, null, List.of(aliases)), null, null);
  }
}
