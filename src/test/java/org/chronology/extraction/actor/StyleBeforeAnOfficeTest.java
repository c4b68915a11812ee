package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * A style of address before an office ("فخامة الرئيس الإيراني") leaves the office to the title
 * after it, so its holder on the event's date is the actor; a noun handed over after a title is no
 * name.
 */
class StyleBeforeAnOfficeTest {

  @Test
  void testTheStyledOfficeIsItsHolder() {
    ExtractedEvent e =
        withEvidence(
            extract("وفي 3 آذار 2022 التقى فخامة الرئيس الإيراني رئيس الوزراء الكيني في طهران."),
            "التقى");
    assertActors(e, "إبراهيم رئيسي", "إيران");
  }

  @Test
  void testAnInvitationAfterATitleIsNoName() {
    ExtractedEvent e =
        withEvidence(
            extract("وفي 3 آذار 2022 وجّه الرئيس الكيني دعوة إلى الرئيس الإيراني لزيارة نيروبي."),
            "دعوة");
    assertNoActor(e, "دعوة");
    assertActors(e, "كينيا");
  }
}
