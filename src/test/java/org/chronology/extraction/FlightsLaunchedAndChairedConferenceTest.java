package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Direct flights begun or launched on a route ("وبدأت الرحلات المباشرة بين البلدين"، "وتطلق الشركة
 * رحلات يومية إلى …") are a dated happening of no other type (other), like flights resumed; a
 * conference chaired by states ("وترأست الدولتان مؤتمراً دولياً") is a gathering they held, the
 * guide's meeting.
 */
class FlightsLaunchedAndChairedConferenceTest {

  @Test
  void flightsBegunAreAHappening() {
    List<ExtractedEvent> events =
        Fixtures.extract("وبدأت الرحلات المباشرة بين قطر وموريتانيا في مارس الماضي.");
    Fixtures.ofType(events, EventType.OTHER);
  }

  @Test
  void flightsLaunchedWithTheCarrierBetweenAreAHappening() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وتطلق الخطوط الجوية الكويتية رحلات يومية بين الكويت وتونس اعتباراً من يونيو المقبل.");
    Fixtures.ofType(events, EventType.OTHER);
  }

  @Test
  void aConferenceChairedIsAMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وترأست فرنسا والسعودية مؤتمراً دولياً حول حل الدولتين في نيويورك في يوليو الماضي.");
    Fixtures.ofType(events, EventType.MEETING);
  }
}
