package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.hasActor;
import static org.chronology.extraction.Fixtures.withEvidence;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * A ministry written without its state in an outlet whose masthead names a state is that state's; a
 * ministry's short form is named in full.
 */
class OutletStateTest {

  private static final String BODY =
      "استدعت وزارة الخارجية وشؤون المغتربين، الأحد 5 آذار 2023، السفير الإسرائيلي في عمان.";

  @Test
  void testAnUnqualifiedMinistryInAStatesOutletIsThatStates() {
    ExtractedEvent e = withEvidence(extract("وكالة الأنباء الأردنية\n\n" + BODY), "استدعت");
    assertTrue(hasActor(e, "وزارة الخارجية وشؤون المغتربين الأردنية"), e.actors().toString());
    assertTrue(hasActor(e, "الأردن"), e.actors().toString());
  }

  @Test
  void testWithoutAMastheadNoStateIsGuessed() {
    ExtractedEvent e = withEvidence(extract(BODY), "استدعت");
    assertFalse(
        e.actors().stream().anyMatch(a -> a.name().startsWith("وزارة الخارجية")),
        e.actors().toString());
  }

  @Test
  void testAHeadlineNamingTwoStatesIsNoMasthead() {
    ExtractedEvent e =
        withEvidence(extract("صحيفة: الأردن وإسرائيل تتبادلان الاتهامات\n\n" + BODY), "استدعت");
    assertFalse(hasActor(e, "وزارة الخارجية وشؤون المغتربين الأردنية"), e.actors().toString());
  }

  @Test
  void testAMinistrysShortFormIsNamedInFull() {
    ExtractedEvent e =
        withEvidence(
            extract("استدعت الخارجية المصرية، في 4 أيار 2023، السفير السويدي في القاهرة."),
            "استدعت");
    assertTrue(hasActor(e, "وزارة الخارجية المصرية"), e.actors().toString());
  }

  @Test
  void testAnOfficesComplementIsNoMinistry() {
    ExtractedEvent e =
        withEvidence(
            extract(
                "وكالة الأنباء الأردنية\n\nاستقبل وزير الخارجية، الأحد 5 آذار 2023، السفير"
                    + " السويدي في عمان."),
            "استقبل");
    assertFalse(
        e.actors().stream().anyMatch(a -> a.name().startsWith("وزارة")), e.actors().toString());
  }
}
