package org.chronology.extraction.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chronology.extraction.EventStatus;
import org.chronology.extraction.EventType;
import org.chronology.extraction.Span;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

class AgreementTest {

  private static GoldEvent event(
      String cluster, EventType type, int from, int to, LocalDate day, String... actors) {
    return new GoldEvent(
        "a.txt",
        cluster,
        type,
        EventStatus.values()[0],
        List.of(new Span(from, to)),
        day,
        day,
        day == null ? Precision.UNKNOWN : Precision.DAY,
        List.of(actors));
  }

  @Test
  void countsMatchesTypesDatesAndActorsOfTwoAnnotators() {
    LocalDate d1 = LocalDate.of(2020, 3, 1);
    LocalDate d2 = LocalDate.of(2020, 3, 2);
    List<GoldEvent> a =
        List.of(
            event("visit", EventType.VISIT, 0, 50, d1, "علي", "باكو"),
            event("deal", EventType.DEAL, 60, 100, d1, "أذربيجان"),
            event("talk", EventType.STATEMENT, 200, 240, null));
    List<GoldEvent> b =
        List.of(
            // same visit, one actor fewer
            event("v", EventType.VISIT, 10, 40, d1, "علي"),
            // same sentence read as a meeting on another day
            event("m", EventType.MEETING, 70, 90, d2, "أذربيجان"),
            // an event A does not have
            event("x", EventType.INCIDENT, 300, 320, d1));
    List<String> notes = new ArrayList<>();
    Agreement.Counts c = Agreement.compare(Map.of("a.txt", a), Map.of("a.txt", b), notes);

    assertEquals(3, c.a);
    assertEquals(3, c.b);
    assertEquals(2, c.matched);
    assertEquals(1, c.typeSame);
    assertEquals(2, c.dateBoth);
    assertEquals(1, c.dateSame);
    assertEquals(3, c.actorsA);
    assertEquals(2, c.actorsAInB);
    assertEquals(2, c.actorsBInA);
    assertEquals(2.0 / 3, c.f1(), 1e-9);
    // observed 1/2; chance: A visit,deal × B visit,meeting → 1/4 → kappa (0.5-0.25)/0.75
    assertEquals(1.0 / 3, c.typeKappa(), 1e-9);
    assertEquals(
        List.of("ONLY-A a.txt: talk (statement)", "ONLY-B a.txt: x (incident)"),
        notes.stream().filter(n -> n.startsWith("ONLY")).toList());
  }
}
