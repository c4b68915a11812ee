package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit noun framed by "في" (في زيارة، في إطار الزيارة) after the arrival or the talks told in
 * the same sentence is that act's visit told again, with its span ("تختتم اليوم"، "التي بدأها
 * أمس"): one happening, one event (the guide: the meetings held during a visit are that visit),
 * unless the talks are told on a day of their own, other than the day the visit began.
 */
class FramedVisitNounTest {

  @Test
  void theVisitAnArrivalIsMadeInIsThatArrival() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وصل وزير الخارجية الأردني إلى مسقط مساء أمس الأول في زيارة رسمية إلى سلطنة عمان"
                + " تختتم اليوم.");
    assertEquals(1, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type());
    assertEquals(LocalDate.of(2023, 3, 14), events.get(0).date().start());
  }

  @Test
  void talksHeldInTheFrameOfAVisitBegunTheDayBeforeAreTheirOwnMeeting() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أجرى وزير الخارجية البحريني اليوم مباحثات مع نظيره النرويجي في أوسلو، وذلك في إطار"
                + " الزيارة الرسمية التي يقوم بها إلى النرويج والتي بدأها أمس.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(Fixtures.PUBLISHED, Fixtures.ofType(events, EventType.MEETING).date().start());
    assertEquals(
        LocalDate.of(2023, 3, 15), Fixtures.ofType(events, EventType.VISIT).date().start());
  }

  @Test
  void aVisitNamedOnlyAsWhatCameBeforeTheTalksStaysApart() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "التقى وزير الخارجية البحريني اليوم نظيره النرويجي في المنامة، بعد زيارة قام بها الوزير"
                + " النرويجي إلى الرياض في كانون الثاني/يناير الماضي.");
    assertEquals(2, events.size(), events.toString());
  }
}
