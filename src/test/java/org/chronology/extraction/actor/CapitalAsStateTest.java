package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.only;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/** A capital that acts or is acted on stands for its state; a capital as a place does not. */
class CapitalAsStateTest {

  @Test
  void testCapitalAfterTheSubjectOfAnEventVerbIsItsObject() {
    ExtractedEvent e =
        only("في 10 آذار 2023، اتهمت وزارة الخارجية الأذربيجانية يريفان بخرق وقف إطلاق النار.");
    assertActors(e, "أرمينيا", "أذربيجان");
  }

  @Test
  void testCapitalAfterAStateSubjectIsItsObject() {
    ExtractedEvent e = only("في 10 آذار 2023، اتهمت أذربيجان يريفان بخرق وقف إطلاق النار.");
    assertActors(e, "أرمينيا", "أذربيجان");
  }

  @Test
  void testCapitalBeforeAnEventVerbIsItsSubject() {
    ExtractedEvent e = only("وفي 10 آذار 2023، باكو اتهمت أرمينيا بخرق وقف إطلاق النار.");
    assertActors(e, "أذربيجان", "أرمينيا");
  }

  @Test
  void testCapitalAfterAVisitorIsTheDestination() {
    ExtractedEvent e = only("زار وزير الدفاع الأرميني سورين بابيكيان طهران في 10 آذار 2023.");
    assertNoActor(e, "طهران");
  }

  @Test
  void testCapitalAfterAPrepositionBeforeAVerbIsAPlace() {
    ExtractedEvent e = only("وفي باكو اتهم وزير الخارجية الإيراني أرمينيا في 10 آذار 2023.");
    assertNoActor(e, "أذربيجان");
  }
}
