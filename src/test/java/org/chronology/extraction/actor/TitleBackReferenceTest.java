package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.hasActor;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * A title with a state adjective and no name ("الرئيس الأوزبكي") points back to the person of that
 * office and state the article names; without one it stays the state (or the gazetteer's holder). A
 * minister without his portfolio ("الوزير البيروفي") is the state's minister named, whatever his
 * portfolio. With it: bodies and groups of the gazetteer, states by their formal names, a dual
 * title in construct with states, a capital as the subject of a past perfect.
 */
class TitleBackReferenceTest {

  @Test
  void titleAfterTheNamedPersonIsThatPerson() {
    List<ExtractedEvent> e =
        extract(
            "استقبل الرئيس الموريتاني سيدي ولد الشيخ في نواكشوط أمس وزير الخارجية المالي."
                + "\n\nوكان الرئيس الموريتاني قد زار باماكو في 4 آذار 2023.");
    ExtractedEvent visit = withEvidence(e, "باماكو");
    assertActors(visit, "سيدي ولد الشيخ", "موريتانيا");
  }

  @Test
  void titleBeforeTheNameIsTheFirstNamedAfterIt() {
    List<ExtractedEvent> e =
        extract(
            "وصل الرئيس البيروفي إلى كيتو أمس في زيارة رسمية."
                + "\n\nوقال الرئيس البيروفي خوان سالازار في مؤتمر صحفي في 4 آذار 2023 إن"
                + " المحادثات كانت مثمرة.");
    assertActors(withEvidence(e, "كيتو"), "خوان سالازار");
  }

  @Test
  void anotherStatesOfficeDoesNotPointBack() {
    List<ExtractedEvent> e =
        extract(
            "استقبل الرئيس الموريتاني سيدي ولد الشيخ في نواكشوط أمس وزير الخارجية المالي."
                + "\n\nوكان الرئيس السنغالي قد زار باماكو في 4 آذار 2023.");
    ExtractedEvent visit = withEvidence(e, "باماكو");
    assertFalse(hasActor(visit, "سيدي ولد الشيخ"), visit.actors().toString());
    assertActors(visit, "السنغال");
  }

  @Test
  void aMinisterWithoutPortfolioIsTheStatesNamedMinister() {
    List<ExtractedEvent> e =
        extract(
            "وصل وزير الخارجية البيروفي خوان سالازار إلى كيتو في 2 آذار 2023."
                + "\n\nوكان الوزير البيروفي قد زار بوغوتا في 4 آذار 2023.");
    assertActors(withEvidence(e, "بوغوتا"), "خوان سالازار");
  }

  @Test
  void aMinisterWithoutPortfolioIsNoHeadOfState() {
    List<ExtractedEvent> e =
        extract(
            "وصل الرئيس البيروفي خوان سالازار إلى كيتو في 2 آذار 2023."
                + "\n\nوكان الوزير البيروفي قد زار بوغوتا في 4 آذار 2023.");
    ExtractedEvent visit = withEvidence(e, "بوغوتا");
    assertFalse(hasActor(visit, "خوان سالازار"), visit.actors().toString());
  }

  @Test
  void internationalBodiesAndArmedGroupsAreActors() {
    assertActors(
        withEvidence(extract("وقع البنك الدولي في 4 آذار 2023 اتفاقية قرض مع الأردن."), "البنك"),
        "البنك الدولي",
        "الأردن");
    assertActors(
        withEvidence(
            extract("أعلنت حركة طالبان في 4 آذار 2023 إغلاق معبر حدودي مع طاجيكستان."), "طالبان"),
        "طالبان");
  }

  @Test
  void aStateByItsFormalNameIsTheStateAndTheNameAfterItsTitleIsRead() {
    ExtractedEvent visit =
        withEvidence(
            extract(
                "وصل رئيس جمهورية كازاخستان أرمان سادقوف إلى باكو في 4 آذار 2023 في زيارة رسمية."),
            "باكو");
    assertActors(visit, "أرمان سادقوف", "كازاخستان");
  }

  @Test
  void aCapitalOpeningAPastPerfectIsItsState() {
    ExtractedEvent e =
        withEvidence(
            extract("وكانت أنقرة قد استدعت السفير السويدي لديها في 4 آذار 2023 للاحتجاج."),
            "استدعت");
    assertActors(e, "تركيا");
  }
}
