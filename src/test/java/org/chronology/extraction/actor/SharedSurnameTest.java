package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.only;
import static org.chronology.extraction.Fixtures.withEvidence;

import java.util.List;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * A surname the gazetteer knows written after another given name is another person; honorifics
 * (الدكتور، السيد، آية الله) introduce a name without naming an office.
 */
class SharedSurnameTest {

  @Test
  void testAnotherGivenNameBeforeAKnownSurnameIsAnotherPerson() {
    List<ExtractedEvent> events =
        extract(
            "وصل وزير السياحة الإسرائيلي حاييم كاتس إلى الرياض في 26 أيلول 2023.\n"
                + "وكان كاتس قد زار القاهرة في 3 أيار 2021.");
    ExtractedEvent arrival = withEvidence(events, "وصل");
    assertActors(arrival, "حاييم كاتس");
    assertNoActor(arrival, "يسرائيل كاتس");
    ExtractedEvent earlier = withEvidence(events, "زار");
    assertActors(earlier, "حاييم كاتس");
    assertNoActor(earlier, "يسرائيل كاتس");
  }

  @Test
  void testTheKnownPersonsOwnGivenNameStillNamesHim() {
    ExtractedEvent e = only("وصل وزير الخارجية الإسرائيلي يسرائيل كاتس إلى روما في 4 أيار 2023.");
    assertActors(e, "يسرائيل كاتس");
  }

  @Test
  void testAHonorificIntroducesANameWithoutAnOffice() {
    ExtractedEvent e =
        only(
            "استقبل الدكتور سالم بن خالد المهيري وزير الخارجية الماليزي في أبوظبي في 4 أيار 2023.");
    assertActors(e, "سالم بن خالد المهيري");
    assertNoActor(e, "الدكتور سالم بن خالد المهيري");
  }

  @Test
  void testAHonorificOfTwoWordsAfterATitleIsNoName() {
    ExtractedEvent e =
        only("زار رئيس الجمهورية الإيراني آية الله السيد إبراهيم رئيسي باكستان في 22 نيسان 2024.");
    assertActors(e, "إبراهيم رئيسي");
    assertNoActor(e, "آية الله");
  }

  @Test
  void testASpellingVariantOfTheGivenNameIsStillTheKnownPerson() {
    ExtractedEvent e = only("وصل رئيس الوزراء الإسرائيلي أريئيل شارون إلى القاهرة في 4 أيار 2005.");
    assertActors(e, "أرييل شارون", "إسرائيل");
  }

  @Test
  void testAShorterNameWithTheSameGivenNameAndSurnameIsThePersonNamedInFull() {
    List<ExtractedEvent> events =
        extract(
            "استقبل الدكتور سالم بن خالد المهيري وزير الخارجية الماليزي في أبوظبي في 4 أيار 2023.\n"
                + "وكان الدكتور سالم المهيري قد زار ماليزيا في 3 أيار 2021.");
    assertActors(withEvidence(events, "زار"), "سالم بن خالد المهيري");
  }

  @Test
  void testAnOfficeNounAfterANameIsNoPartOfIt() {
    ExtractedEvent e =
        only("وصل الدكتور سالم المهيري نائب رئيس الوزراء الماليزي إلى أبوظبي في 4 أيار 2023.");
    assertActors(e, "سالم المهيري");
    assertNoActor(e, "سالم المهيري نائب");
  }
}
