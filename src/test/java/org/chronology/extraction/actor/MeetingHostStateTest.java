package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A meeting held in a city of a state the article names as a party is hosted by that state, an
 * actor of it; a city alone (a venue of the institutions there) does not make its state one.
 */
class MeetingHostStateTest {

  private static final String MEETING =
      "عقد وزيرا الخارجية الأرميني والأذربيجاني في 10 آذار 2023 اجتماعاً في طشقند لبحث معاهدة"
          + " السلام.";

  @Test
  void testTheHostStateNamedElsewhereJoinsTheMeeting() {
    ExtractedEvent meeting =
        withEvidence(
            Fixtures.extract(
                Fixtures.article(
                    MEETING,
                    "وكانت أوزبكستان قد عرضت في شباط الماضي استضافة المحادثات بين البلدين.")),
            "طشقند");
    assertActors(meeting, "أرمينيا", "أذربيجان", "أوزبكستان");
  }

  @Test
  void testACityAloneDoesNotBringItsState() {
    ExtractedEvent meeting =
        withEvidence(
            Fixtures.extract(
                Fixtures.article(
                    MEETING, "وكان البلدان قد اتفقا في شباط الماضي على استئناف المحادثات.")),
            "طشقند");
    assertActors(meeting, "أرمينيا", "أذربيجان");
    assertNoActor(meeting, "أوزبكستان");
  }
}
