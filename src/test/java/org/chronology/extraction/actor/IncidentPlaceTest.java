package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.hasActor;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/** The state where an incident happens is a party to it; a meeting's venue is not. */
class IncidentPlaceTest {

  @Test
  void testTheStateOfAnIncidentsPlaceTakesPart() {
    ExtractedEvent e =
        withEvidence(
            extract("اقتحم محتجون السفارة الفرنسية في يريفان مساء الأحد 5 أيار 2024."), "اقتحم");
    assertTrue(e.type() == EventType.INCIDENT, e.toString());
    assertTrue(hasActor(e, "أرمينيا"), e.actors().toString());
  }

  @Test
  void testAMeetingsVenueIsNoParty() {
    ExtractedEvent e =
        withEvidence(
            extract("التقى وزير الخارجية المصري نظيره الأردني في يريفان يوم الأحد 5 أيار 2024."),
            "التقى");
    assertFalse(hasActor(e, "أرمينيا"), e.actors().toString());
  }
}
