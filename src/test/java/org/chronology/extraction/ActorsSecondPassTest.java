package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Actors the annotation guide gives an event in three readings of the text: a name written before
 * the title of its office, a city as the object of a visit verb after its titled subject, and a
 * dateline's agency telling the outlet's state.
 */
class ActorsSecondPassTest {

  private static boolean anyHas(List<ExtractedEvent> events, String name) {
    return events.stream().anyMatch(e -> Fixtures.hasActor(e, name));
  }

  @Test
  void testANameBeforeItsTitleIsTheHolderNamed() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل ماجد بن عاشور، وزير الخارجية الجزائري، إلى لشبونة مساء الاثنين في زيارة عمل"
                + " تستمر يومين.");
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    Fixtures.assertActors(visit, "ماجد بن عاشور", "الجزائر", "البرتغال");
    assertTrue(
        visit.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).count() == 1,
        visit.actors().toString());
  }

  @Test
  void testANameOpeningItsSentenceBeforeATitleWithoutACommaIsTheHolder() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "هالة الدباغ وزيرة الاقتصاد اللبنانية تصل إلى مدريد في زيارة رسمية يوم الأحد.");
    Fixtures.assertActors(Fixtures.ofType(events, EventType.VISIT), "هالة الدباغ", "لبنان");
  }

  @Test
  void testASubjectBeforeItsObjectsTitleIsNoApposition() {
    List<ExtractedEvent> events =
        Fixtures.extract("استقبل ماجد العطار رئيس الوزراء الهندي في أبوظبي يوم الأربعاء.");
    for (ExtractedEvent e : events) {
      assertFalse(
          e.actors().stream()
              .anyMatch(a -> a.name().equals("ماجد العطار") && "الهند".equals(a.country())),
          e.actors().toString());
    }
  }

  @Test
  void testACityAfterTheTitledSubjectOfZaraIsTheHostsState() {
    List<ExtractedEvent> events =
        Fixtures.extract("زار وزير الدفاع الأمريكي وارسو يوم الثلاثاء لبحث التعاون العسكري.");
    Fixtures.assertActors(Fixtures.ofType(events, EventType.VISIT), "الولايات المتحدة", "بولندا");
  }

  @Test
  void testADatelineAgencyGivesTheOutletsStateWhereThePageNamesNone() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "الرباط (ومع) - استقبل رئيس الحكومة يوم الاثنين وزير الخارجية الإسباني، وتناول"
                + " اللقاء التعاون الثنائي.");
    assertTrue(anyHas(events, "المغرب"), events.toString());
  }
}
