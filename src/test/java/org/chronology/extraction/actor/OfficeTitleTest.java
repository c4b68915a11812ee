package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.actor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.hasActor;
import static org.chronology.extraction.Fixtures.only;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names after offices written in full: long office names, an ambassador "of hers", a ministry
 * without its state, the head of a body named with ل, a list of counterparts by state.
 */
class OfficeTitleTest {

  static Stream<Arguments> offices() {
    return Stream.of(
        Arguments.of(
            "an office whose name goes on with و and a noun in construct",
            "استقبل وزير الخارجية وشؤون المغتربين سامي الحوراني في عمّان وزير الخارجية المالطي"
                + " في 4 آذار 2023.",
            List.of("سامي الحوراني"),
            List.of("وشؤون المغتربين")),
        Arguments.of(
            "an ambassador of the state named before, at a post, then his name",
            "استدعت الكويت في 4 آذار 2023 سفيرها في طهران سالم المطيري للتشاور.",
            List.of("سالم المطيري", "الكويت"),
            List.of()),
        Arguments.of(
            "a ministry without its state, then a name with a family name with the article",
            "وقع وزير الداخلية ماهر الزعبي في 4 آذار 2023 اتفاقا أمنيا مع نظيره القبرصي.",
            List.of("ماهر الزعبي", "قبرص"),
            List.of()),
        Arguments.of(
            "a complement with a preposition is the office's, not a name",
            "وقع رئيس المجلس الرئاسي لحكومة الوحدة سالم الفيتوري في 4 آذار 2023 اتفاقا مع"
                + " مالطا.",
            List.of("مالطا"),
            List.of("لحكومة الوحدة")),
        Arguments.of(
            "the head of a known body named with ل",
            "زار الأمين العام لجامعة الدول العربية كريم الهاشمي بيروت في 4 آذار 2023.",
            List.of("كريم الهاشمي"),
            List.of()),
        Arguments.of(
            "the head of a council named with ل and its complement",
            "زار الأمين العام لمجلس التعاون فهد المري بغداد في 4 آذار 2023.",
            List.of("فهد المري"),
            List.of("لمجلس التعاون")),
        Arguments.of(
            "a given name of two words ending in الحق",
            "زار رئيس الوزراء الباكستاني إكرام الحق نوراني كابل في 4 آذار 2023.",
            List.of("إكرام الحق نوراني"),
            List.of("إكرام الحق")),
        Arguments.of(
            "a verbal noun with a pronoun after a posting is no name",
            "استدعت الخارجية العراقية في 4 آذار 2023 القائم بأعمال السفارة التركية في بغداد"
                + " وتسليمه مذكرة احتجاج.",
            List.of("تركيا"),
            List.of("وتسليمه", "وتسليمه مذكرة")),
        Arguments.of(
            "a counterpart named in two parts without his state",
            "وقع وزير الخارجية الأردني سامي الحوراني في 4 آذار 2023 مع نظيره كريم الهاشمي"
                + " مذكرة تفاهم.",
            List.of("سامي الحوراني", "كريم الهاشمي"),
            List.of()),
        Arguments.of(
            "a counterpart without a name is no person",
            "التقى وزير الخارجية الأردني سامي الحوراني نظيره في عمّان في 4 آذار 2023.",
            List.of("سامي الحوراني"),
            List.of("نظيره في")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("offices")
  void testNamesAfterOffices(String name, String text, List<String> named, List<String> notNamed) {
    ExtractedEvent e = only(text);
    for (String actor : named) {
      assertTrue(hasActor(e, actor), actor + " in " + e.actors());
    }
    for (String word : notNamed) {
      assertFalse(hasActor(e, word), word + " is no actor: " + e.actors());
    }
  }

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of(
            "counterparts listed by state",
            "التقى وزير الخارجية الروسي في فيينا في 4 آذار 2023 نظراءه الأميركي جيم فاولر"
                + " والسعودي فهد العتيبي والتركي كمال يلدز.",
            List.of("جيم فاولر", "فهد العتيبي", "كمال يلدز"),
            List.of("الولايات المتحدة", "السعودية", "تركيا")),
        Arguments.of(
            "a second counterpart after the first",
            "التقى الرئيس الإيراني في 4 آذار 2023 نظيره الروسي بوريس زايتسيف والكازاخي نور"
                + " بيك سادقوف في طهران.",
            List.of("بوريس زايتسيف", "نور بيك سادقوف"),
            List.of("روسيا", "كازاخستان")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void testEachStateOfAListKeepsItsName(
      String name, String text, List<String> people, List<String> states) {
    ExtractedEvent e = only(text);
    for (int k = 0; k < people.size(); k++) {
      assertTrue(hasActor(e, people.get(k)), people.get(k) + " in " + e.actors());
      assertEquals(states.get(k), actor(e, people.get(k)).country(), people.get(k));
    }
  }

  @Test
  void testTheTwoLeadersAreTheHeadsNamedBeforeWhateverTheirOffices() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "زار الرئيس الغاني كوفي منساه أبوجا في 3 آذار 2023، حيث استقبله رئيس الوزراء"
                    + " النيجيري موسى داوودا. ووقّع الزعيمان في 4 آذار 2023 اتفاقية للتعاون"
                    + " التجاري بين البلدين."),
            "الزعيمان");
    assertTrue(hasActor(e, "كوفي منساه"), e.actors().toString());
    assertTrue(hasActor(e, "موسى داوودا"), e.actors().toString());
  }
}
