package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * A numbered session of a standing joint body ("الدورة الرابعة للجنة المشتركة") is a sitting of
 * that body, the guide's meeting, whatever verb tells it; a session of no such body (a tournament)
 * is none.
 */
class SessionOfStandingBodyTest {

  @Test
  void closedSessionOfAJointCommitteeIsAMeeting() {
    ExtractedEvent e =
        Fixtures.ofType(
            Fixtures.extract(
                "اختتمت في الرباط يوم 12 أيار 2022 أعمال الدورة الرابعة للجنة المغربية الموريتانية"
                    + " المشتركة برئاسة وزيري خارجية البلدين."),
            EventType.MEETING);
    assertEquals(LocalDate.of(2022, 5, 12), e.date().start());
  }

  @Test
  void earlierSessionToldInThePluperfectIsAMeeting() {
    ExtractedEvent e =
        Fixtures.ofType(
            Fixtures.extract(
                "وكانت الدورة السابعة للجنة العليا الأردنية الكويتية قد التأمت في الكويت في آذار"
                    + " 2017."),
            EventType.MEETING);
    assertEquals(LocalDate.of(2017, 3, 1), e.date().start());
    assertEquals(Precision.MONTH, e.date().precision());
  }

  @Test
  void sessionOfATournamentIsNoMeeting() {
    assertTrue(
        Fixtures.extract(
                "وتنطلق الدورة الخامسة من بطولة كأس العرب للناشئين في الدوحة في نيسان 2024.")
            .stream()
            .noneMatch(e -> e.type() == EventType.MEETING));
  }
}
