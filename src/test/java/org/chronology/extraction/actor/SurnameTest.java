package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.only;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person named in full once and later by the surname alone, surnames shaped like state
 * adjectives, and words after a name that are none of it.
 */
class SurnameTest {

  /** The earlier visit told in the second sentence of {@code first + "\n" + second}. */
  private static ExtractedEvent laterVisit(String first, String second) {
    return withEvidence(extract(first + "\n" + second), "زار");
  }

  /**
   * A known person named in full in the article's own spelling (قولييف for the gazetteer's غولييف,
   * بينت for بينيت): the surname written that way later is that person.
   */
  @Test
  void testTheSurnameInTheArticlesOwnSpellingIsThePerson() {
    assertActors(
        laterVisit(
            "استقبل رئيس دائرة حدود الدولة الأذربيجانية إلتشين قولييف في باكو أمس الثلاثاء وفداً"
                + " من حرس الحدود الجورجي.",
            "وكان قولييف قد زار تبليسي في 12 نيسان 2022."),
        "إلتشين غولييف",
        "أذربيجان",
        "جورجيا");
    assertActors(
        laterVisit(
            "استقبل رئيس الوزراء الإسرائيلي نفتالي بينت في القدس أمس الثلاثاء الرئيس القبرصي.",
            "وكان بينت قد زار الإمارات في 12 كانون الأول 2021."),
        "نفتالي بينيت",
        "الإمارات");
  }

  @Test
  void testABareSurnameLaterIsThePersonNamedInFull() {
    assertActors(
        laterVisit(
            "التقى وزير الخارجية الكيني موسى موراجي نظيره الأوغندي في نيروبي في 4 آذار 2023.",
            "وكان موراجي قد زار أوغندا في 20 أيار 2021."),
        "موسى موراجي",
        "كينيا");
    assertActors(
        laterVisit(
            "استقبل الرئيس الكيني وليام روتو الوفد الأوغندي في نيروبي في 4 آذار 2023.",
            "وكان الرئيس روتو قد زار أوغندا في 9 أيار 2021."),
        "وليام روتو");
  }

  @Test
  void testASurnameWithItsLinkAndNotInsideAnotherName() {
    List<ExtractedEvent> events =
        extract(
            "وقع مستشار الأمن القومي الكيني داود بن سالم اتفاقية أمنية مع أوغندا في 4 آذار 2023.\n"
                + "وكان بن سالم قد زار أوغندا في 3 أيار 2021.\n"
                + "والتقى أحمد بن سالم وزير الخارجية الأوغندي في 8 حزيران 2020.");
    assertActors(withEvidence(events, "زار"), "داود بن سالم");
    assertNoActor(withEvidence(events, "والتقى"), "داود بن سالم");
  }

  @Test
  void testASurnameTwoPeopleShareStaysUnread() {
    String text =
        String.join(
            "\n",
            "زار وزير الخارجية الكيني موسى موراجي أوغندا في 4 آذار 2023.",
            "والتقى وزير الدفاع الكيني حسن موراجي نظيره الأوغندي في 6 آذار 2023.",
            "وكان موراجي قد زار إثيوبيا في 9 أيار 2021.");
    ExtractedEvent earlier = withEvidence(extract(text), "إثيوبيا");
    assertNoActor(earlier, "موسى موراجي");
    assertNoActor(earlier, "حسن موراجي");
  }

  @Test
  void testANisbaClosingATwoPartNameIsAFamilyName() {
    List<ExtractedEvent> events =
        extract(
            "استقبل رئيس الوزراء الأردني سمير زيد السوداني الوفد الكيني في عمان في 4 آذار 2023.\n"
                + "وكان السوداني قد زار كينيا في 5 أيار 2021.\n"
                + "ووصل الوفد السوداني إلى عمان في 7 حزيران 2020.");
    ExtractedEvent meeting = withEvidence(events, "استقبل");
    assertActors(meeting, "سمير زيد السوداني", "الأردن");
    assertNoActor(meeting, "السودان");
    ExtractedEvent visit = withEvidence(events, "وكان");
    assertActors(visit, "سمير زيد السوداني");
    assertNoActor(visit, "السودان");
    assertActors(withEvidence(events, "ووصل"), "السودان");
  }

  private static Arguments row(String why, String text, String notInAName, String... named) {
    return Arguments.of(why, text, List.of(named), notInAName);
  }

  /** A text with one event, a word no actor's name may hold, and actors it must name. */
  static Stream<Arguments> names() {
    return Stream.of(
        row(
            "a verb after an ambassador's post",
            "استدعت وزارة الخارجية الكينية السفير الأوغندي في نيروبي وسلمته مذكرة احتجاج في 4 آذار 2023.",
            "سلمته",
            "كينيا"),
        row(
            "a word with a preposition and the article",
            "استدعت وزارة الخارجية الكينية السفير الأوغندي للاستيضاح في 4 آذار 2023.",
            "استيضاح",
            "كينيا"),
        row(
            "an indefinite object after a name",
            "وقع مع رئيس الوزراء الكيني جون كاماو مويا اتفاقاً للتعاون في 4 آذار 2023.",
            "اتفاق",
            "جون كاماو مويا"),
        row(
            "an office without a title of its own before a name",
            "زار وزير السياحة الكيني جون كاماو أوغندا في 4 آذار 2023.",
            "السياحة",
            "جون كاماو",
            "كينيا"),
        row(
            "an office's complement ended by the name",
            "زار وزير السياحة جون كاماو أوغندا في 4 آذار 2023.",
            "السياحة",
            "جون كاماو"),
        row(
            "a spokesman's office",
            "وقال المتحدث الرسمي باسم الحكومة الكينية جون كاماو إن نيروبي استدعت السفير الأوغندي في 4 آذار 2023.",
            "باسم"),
        row(
            "a military rank and its degree",
            "وصل الفريق أول ركن جون كاماو إلى كمبالا في 4 آذار 2023.",
            "ركن",
            "جون كاماو"),
        row(
            "a dual title before two names",
            "والتقى الرئيسان جون كاماو وموسى موراجي في نيروبي في 4 آذار 2023.",
            "وموسى",
            "جون كاماو"),
        row(
            "the council a head presides is his office",
            "زار رئيس مجلس الوزراء الكويتي الشيخ سالم العلي نيروبي في 4 آذار 2023.",
            "مجلس",
            "سالم العلي",
            "الكويت"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("names")
  void testWordsAroundAName(String why, String text, List<String> named, String notInAName) {
    ExtractedEvent e = only(text);
    named.forEach(n -> assertActors(e, n));
    assertFalse(
        e.actors().stream().anyMatch(a -> a.name().contains(notInAName)), e.actors().toString());
  }
}
