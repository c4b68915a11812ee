package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/** A rival government acting for its state's side is an actor, and its state joins the event. */
class RivalGovernmentTest {

  @Test
  void testTheGovernmentOfNationalAccordSignsForLibya() {
    ExtractedEvent deal =
        withEvidence(
            extract("ووقعت حكومة الوفاق مذكرة تفاهم مع أنقرة في 27 تشرين الثاني 2019."), "وقعت");
    assertActors(deal, "حكومة الوفاق الوطني", "ليبيا");
  }
}
