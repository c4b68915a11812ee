package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.actor;
import static org.chronology.extraction.Fixtures.hasActor;
import static org.chronology.extraction.Fixtures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a person's name after a title is read: its parts, honorifics, offices and spellings. */
class PersonNameTest {

  @Test
  void testLinkedPartsOfANameStayTogether() {
    ExtractedEvent e =
        only("زار وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني بغداد في 4 آذار 2023.");
    assertTrue(hasActor(e, "محمد بن عبد الرحمن آل ثاني"), e.actors().toString());
    assertEquals("قطر", actor(e, "محمد بن عبد الرحمن آل ثاني").country());
  }

  /** A text with one event, actors it must name and words it must not take for an actor. */
  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of(
            "a family name with the article ends the name",
            "زار وزير الدفاع الكويتي خالد الصباحي بغداد في 4 آذار 2023.",
            List.of("خالد الصباحي"),
            List.of("خالد")),
        Arguments.of(
            "an object after a two-part name is not part of it",
            "استقبل الرئيس الفرنسي جان مارتان الوفد الإيطالي في باريس في 4 آذار 2023.",
            List.of("جان مارتان"),
            List.of()),
        Arguments.of(
            "an office with a complement before its state",
            "زار وزير الزراعة والثروة السمكية العماني سالم بن ناصر الحارثي القاهرة في 4 آذار 2023.",
            List.of("سالم بن ناصر الحارثي", "سلطنة عمان"),
            List.of()),
        Arguments.of(
            "an ambassador's post between title and name",
            "التقى السفير الفرنسي في الرباط جان دوبون وزير العدل المغربي في 4 آذار 2023.",
            List.of("جان دوبون"),
            List.of()),
        Arguments.of(
            "a king named after his title",
            "استقبل العاهل الأردني الملك عبد الله الثاني في 4 آذار 2023 وفداً أميركياً.",
            List.of("عبد الله الثاني", "الأردن"),
            List.of()),
        Arguments.of(
            "an unnamed counterpart still brings his state",
            "التقى وزير الخارجية المصري نظيره الموريتاني في القاهرة في 4 آذار 2023.",
            List.of("موريتانيا"),
            List.of()),
        Arguments.of(
            "words after an unnamed counterpart are no name",
            "التقى وزير الخارجية الكيني موسى موراجي نظيره الأوغندي ثلاث مرات في آذار 2023.",
            List.of("أوغندا"),
            List.of("ثلاث مرات")),
        Arguments.of(
            "a linked name after a counterpart",
            "التقى وزير الخارجية الكيني موسى موراجي نظيره الأردني أيمن بن علي في 4 آذار 2023.",
            List.of("أيمن بن علي"),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void testNamesAfterATitle(String name, String text, List<String> named, List<String> notNamed) {
    ExtractedEvent e = only(text);
    for (String actor : named) {
      assertTrue(hasActor(e, actor), actor + " in " + e.actors());
    }
    for (String word : notNamed) {
      assertFalse(hasActor(e, word), word + " is no actor: " + e.actors());
    }
  }

  @Test
  void testAnOfficeComplementBeforeACommaAndTheName() {
    ExtractedEvent e =
        only("زار وزير الشؤون الدينية والأوقاف، يوسف بلمهدي، الرباط في 4 آذار 2023.");
    assertEquals(ActorKind.PERSON, actor(e, "يوسف بلمهدي").kind());
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
