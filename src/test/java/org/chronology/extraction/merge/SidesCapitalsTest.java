package org.chronology.extraction.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.DateValue;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Place;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * A deal or a rupture between two states placed by one report in one side's capital and by the
 * other in the other side's is one happening; a visit or a meeting, a place in a third state, or
 * months apart still keep two reports apart.
 */
class SidesCapitalsTest {

  private static final EventMerger M = new EventMerger();

  private static ActorMention state(String name) {
    return MergeReports.state(name, null);
  }

  private static DateValue month(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    return new DateValue(
        first, first.withDayOfMonth(first.lengthOfMonth()), Precision.MONTH, false, null, null);
  }

  private static ExtractedEvent report(
      String article, EventType type, DateValue d, String place, ActorMention... actors) {
    return MergeReports.report(article, type, d, new Place(place, null), actors);
  }

  @Test
  void testADealPlacedInEachSidesCapitalIsOneHappening() {
    // "signed in Ankara" for one paper, "the agreement Tehran concluded" for the other
    ExtractedEvent inAnkara =
        report("a.txt", EventType.DEAL, month(2018, 5), "أنقرة", state("تركيا"), state("إيران"));
    ExtractedEvent inTehran =
        report("b.txt", EventType.DEAL, month(2018, 5), "طهران", state("إيران"), state("تركيا"));
    assertTrue(M.same(inAnkara, inTehran));
    assertTrue(M.same(inTehran, inAnkara));
    assertEquals(1, M.merge(List.of(inAnkara, inTehran)).size());
    ExtractedEvent cut =
        report(
            "c.txt", EventType.DIPLOMATIC, month(2018, 5), "أنقرة", state("تركيا"), state("إيران"));
    ExtractedEvent cutToo =
        report(
            "d.txt", EventType.DIPLOMATIC, month(2018, 5), "طهران", state("تركيا"), state("إيران"));
    assertTrue(M.same(cut, cutToo));
  }

  @Test
  void testAMeetingAThirdStateOrAnotherMonthKeepThemApart() {
    ExtractedEvent talks =
        report("a.txt", EventType.MEETING, month(2018, 5), "أنقرة", state("تركيا"), state("إيران"));
    ExtractedEvent talksToo =
        report("b.txt", EventType.MEETING, month(2018, 5), "طهران", state("تركيا"), state("إيران"));
    assertFalse(M.same(talks, talksToo));
    ExtractedEvent inAnkara =
        report("c.txt", EventType.DEAL, month(2018, 5), "أنقرة", state("تركيا"), state("إيران"));
    // Moscow lies in neither side's state: a deal signed there is another place's
    ExtractedEvent inMoscow =
        report("d.txt", EventType.DEAL, month(2018, 5), "موسكو", state("تركيا"), state("إيران"));
    assertFalse(M.same(inAnkara, inMoscow));
    // Tehran is a side's capital only when the other report names Iran too
    ExtractedEvent otherSides =
        report(
            "e.txt",
            EventType.DEAL,
            month(2018, 5),
            "طهران",
            state("تركيا"),
            state("إيران"),
            state("روسيا"));
    ExtractedEvent withoutIran =
        report("f.txt", EventType.DEAL, month(2018, 5), "أنقرة", state("تركيا"), state("روسيا"));
    assertFalse(
        new SidesCapitals(java.util.Map.of("طهران", "إيران", "أنقرة", "تركيا"))
            .holds(otherSides, withoutIran));
    ExtractedEvent later =
        report("g.txt", EventType.DEAL, month(2018, 9), "طهران", state("إيران"), state("تركيا"));
    assertFalse(M.same(inAnkara, later));
  }
}
