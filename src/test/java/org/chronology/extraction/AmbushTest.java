package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An ambush laid for a force is the guide's attack (incident: هجوم، معارك، قتلى), told by the noun
 * كمين with or without a second incident word in its sentence.
 */
class AmbushTest {

  @Test
  void aForceAmbushedIsAnIncident() {
    ExtractedEvent e =
        Fixtures.only(
            "تعرضت دورية تابعة للجيش المالي أمس الأربعاء لكمين نصبه مسلحون قرب الحدود مع"
                + " النيجر.");
    assertEquals(EventType.INCIDENT, e.type());
    assertEquals(Fixtures.PUBLISHED.minusDays(1), e.date().start());
  }

  @Test
  void anAmbushLaidByAnArmyIsAnIncident() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            "وقال البيان إن وحدات من الجيش التشادي نصبت كميناً لرتل من المتمردين يوم الثلاثاء"
                + " في شمال البلاد.",
            Fixtures.PUBLISHED);
    assertEquals(EventType.INCIDENT, events.get(0).type());
  }
}
