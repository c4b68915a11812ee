package org.chronology.extraction.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.chronology.extraction.ActorIdentity;
import org.chronology.extraction.ActorKind;
import org.chronology.extraction.ActorMention;
import org.chronology.extraction.DateValue;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Evidence;
import org.chronology.extraction.ExtractedEvent;
import org.chronology.extraction.Happening;
import org.chronology.extraction.Place;
import org.chronology.extraction.Role;
import org.chronology.extraction.Span;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * A visit is held abroad: one report placing it in the visitor's own country (where he left from or
 * came back to) and another placing it abroad tell one visit, not two.
 */
class VisitorsHomeTest {

  private static final EventMerger M = new EventMerger();

  private static ActorMention person(String name, String country, Role role) {
    return new ActorMention(
        new ActorIdentity(name, null, ActorKind.PERSON, null, country, List.of()), role, null);
  }

  private static ActorMention state(String name, Role role) {
    return new ActorMention(
        new ActorIdentity(name, null, ActorKind.COUNTRY, null, name, List.of()), role, null);
  }

  private static ExtractedEvent visit(String article, int day, String place, ActorMention... a) {
    LocalDate d = LocalDate.of(2021, 3, day);
    String text = "جملة الخبر.";
    return new ExtractedEvent(
        article,
        new Happening(
            EventType.VISIT,
            EventStatus.HAPPENED,
            "زيارة",
            0.8,
            new DateValue(d, d, Precision.DAY, false, null, null),
            List.of(a),
            new Place(place, null)),
        new Evidence(new Span(0, text.length()), text, null, null, List.of()),
        1,
        List.of());
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
