package org.chronology.extraction.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.EventType;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Place;
import org.chronology.extraction.Role;
import org.junit.jupiter.api.Test;

/**
 * A visit is held abroad: one report placing it in the visitor's own country (where he left from or
 * came back to) and another placing it abroad tell one visit, not two.
 */
class VisitorsHomeTest {

  private static final EventMerger M = new EventMerger();

  private static ActorMention person(String name, String country, Role role) {
    return MergeReports.person(name, country, role);
  }

  private static ActorMention state(String name, Role role) {
    return MergeReports.state(name, role);
  }

  private static ExtractedEvent visit(String article, int day, String place, ActorMention... a) {
    return MergeReports.report(
        article,
        EventType.VISIT,
        MergeReports.day(LocalDate.of(2021, 3, day), false),
        new Place(place, null),
        a);
  }

  @Test
  void testTheVisitorsCapitalAgainstTheHostsIsOneVisit() {
    // one report: the Turkish minister in Tehran; the other, his return to Ankara after it
    ExtractedEvent abroad =
        visit(
            "a.txt",
            8,
            "طهران",
            person("كمال أوزتورك", "تركيا", Role.VISITOR),
            state("إيران", Role.HOST),
            state("تركيا", null));
    ExtractedEvent home =
        visit(
            "b.txt",
            9,
            "أنقرة",
            person("كمال أوزتورك", "تركيا", Role.VISITOR),
            state("إيران", null),
            state("تركيا", null));
    assertTrue(M.same(abroad, home));
    assertTrue(M.same(home, abroad));
    assertEquals(1, M.merge(List.of(abroad, home)).size());
  }

  @Test
  void testTwoPlacesAbroadStillKeepTwoVisitsApart() {
    ExtractedEvent tehran =
        visit(
            "a.txt",
            8,
            "طهران",
            person("كمال أوزتورك", "تركيا", Role.VISITOR),
            state("إيران", Role.HOST));
    ExtractedEvent baku =
        visit(
            "b.txt",
            9,
            "باكو",
            person("كمال أوزتورك", "تركيا", Role.VISITOR),
            state("أذربيجان", Role.HOST));
    assertFalse(M.same(tehran, baku));
    // the host's own capital and another host's are two visits too
    ExtractedEvent moscow =
        visit(
            "c.txt",
            9,
            "موسكو",
            person("كمال أوزتورك", "تركيا", Role.VISITOR),
            state("روسيا", Role.HOST));
    assertFalse(M.same(tehran, moscow));
  }
}
