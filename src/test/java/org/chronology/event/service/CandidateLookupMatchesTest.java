package org.chronology.event.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.chronology.event.Mention;
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
import org.chronology.extraction.merge.EventMerger;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * The candidate look-up's test of a stored mention ({@link CandidateLookup#matches}) is a superset
 * of the merge rule: every pair the merger joins that shares a name letter for letter (what the
 * index finds) is a candidate, while a mention sharing one state with an event of a person, or
 * naming another place, is not.
 */
class CandidateLookupMatchesTest {

  private static final EventMerger M = new EventMerger();

  private static ExtractedEvent event(
      String article, EventType type, LocalDate day, String place, Object... actors) {
    List<ActorMention> as = new ArrayList<>();
    for (int i = 0; i < actors.length; i += 3) {
      as.add(
          new ActorMention(
              new ActorIdentity(
                  (String) actors[i], null, (ActorKind) actors[i + 1], null, null, List.of()),
              (Role) actors[i + 2],
              null));
    }
    String text = "جملة.";
    return new ExtractedEvent(
        article,
        new Happening(
            type,
            EventStatus.HAPPENED,
            "حدث",
            0.8,
            new DateValue(day, day, Precision.DAY, false, null, null),
            List.copyOf(as),
            place == null ? null : new Place(place, null)),
        new Evidence(new Span(0, text.length()), text, null, null, List.of()),
        1,
        List.of());
  }

  /** The same report dated by its month only. */
  private static ExtractedEvent inMonth(ExtractedEvent x) {
    LocalDate first = x.date().start().withDayOfMonth(1);
    DateValue month =
        new DateValue(
            first, first.withDayOfMonth(first.lengthOfMonth()), Precision.MONTH, false, null, null);
    Happening h = x.happening();
    return new ExtractedEvent(
        x.articleSource(),
        new Happening(
            h.type(), h.status(), h.title(), h.confidence(), month, h.actors(), h.location()),
        x.evidence(),
        1,
        List.of());
  }

  /** The stored mention of an extracted event, as the reconciler writes it. */
  private static Mention stored(ExtractedEvent x) {
    Mention m = new Mention();
    m.mergeType = x.type().code();
    m.mergeStart = x.date().start();
    m.mergeEnd = x.date().end();
    m.mergeLocation = x.location() == null ? null : x.location().name();
    m.mergeActors = CandidateLookup.mergeNames(x);
    return m;
  }

  private static final LocalDate D = LocalDate.of(2023, 5, 10);
  private static final ActorKind P = ActorKind.PERSON;
  private static final ActorKind C = ActorKind.COUNTRY;

  @Test
  void everyPairTheMergerJoinsIsACandidate() {
    List<ExtractedEvent> xs =
        List.of(
            event(
                "a",
                EventType.VISIT,
                D,
                "أنقرة",
                "إسحاق هرتسوغ",
                P,
                Role.VISITOR,
                "تركيا",
                C,
                null),
            event(
                "b",
                EventType.VISIT,
                D.plusDays(2),
                "تركيا",
                "إسحق هرتسوج",
                P,
                Role.VISITOR,
                "تركيا",
                C,
                null),
            event("c", EventType.MEETING, D, "أنقرة", "إسحاق هرتسوغ", P, null, "إسرائيل", C, null),
            event("d", EventType.DEAL, D, "القاهرة", "مصر", C, null, "الأردن", C, null),
            event("e", EventType.DEAL, D, "باريس", "مصر", C, null, "الأردن", C, null),
            event("f", EventType.DEAL, D, "القاهرة", "مصر", C, null),
            event("g", EventType.DEAL, D, "القاهرة", "مصر", C, null, "زيد عمرو", P, Role.SPEAKER),
            event("h", EventType.VISIT, D, "باكو", "زيد عمرو", P, Role.VISITOR, "إسرائيل", C, null),
            event(
                "i",
                EventType.VISIT,
                D.plusDays(1),
                "القدس",
                "عمرو زيد",
                P,
                Role.VISITOR,
                "إسرائيل",
                C,
                null,
                "مصر",
                C,
                null),
            // one person spelt two ways and nothing else in common
            event(
                "j",
                EventType.VISIT,
                D,
                "باكو",
                "إسحق هرتسوج",
                P,
                Role.VISITOR,
                "أذربيجان",
                C,
                null),
            event(
                "k",
                EventType.MEETING,
                D.plusDays(1),
                "باكو",
                "إسحاق هرتسوغ",
                P,
                null,
                "إلهام علييف",
                P,
                null),
            // one report places the visit in the visiting state's capital, the other abroad
            event(
                "l",
                EventType.VISIT,
                D.plusDays(1),
                "أنقرة",
                "سليم كايا",
                P,
                Role.VISITOR,
                "تركيا",
                C,
                Role.VISITOR),
            event(
                "m",
                EventType.VISIT,
                D,
                "طهران",
                "سليم كايا",
                P,
                Role.VISITOR,
                "إيران",
                C,
                Role.HOST),
            // one state on the very day another report names both sides
            event("n", EventType.OTHER, D, null, "تونس", C, null),
            event("o", EventType.OTHER, D, null, "تونس", C, null, "ليبيا", C, null),
            // a rupture placed in each side's capital, one report dating it by its month
            event("p", EventType.DIPLOMATIC, D, "أنقرة", "تركيا", C, null, "إيران", C, null),
            inMonth(
                event("q", EventType.DIPLOMATIC, D, "طهران", "إيران", C, null, "تركيا", C, null)));
    int joined = 0;
    for (ExtractedEvent a : xs) {
      for (ExtractedEvent b : xs) {
        // The index finds mentions sharing an element of merge_actors (merge_actors &&): a name
        // letter for letter, or a person's key (one person spelt two ways).
        if (M.same(a, b)) {
          joined++;
          assertTrue(
              List.of(CandidateLookup.mergeNames(a)).stream()
                  .anyMatch(List.of(stored(b).mergeActors)::contains),
              a.articleSource() + " joins " + b.articleSource() + ": found by the index");
          assertTrue(
              CandidateLookup.matches(stored(b), a),
              a.articleSource() + " joins " + b.articleSource() + ": a candidate");
        }
      }
    }
    assertTrue(joined >= 10, joined + " pairs joined");
    assertTrue(M.same(xs.get(xs.size() - 2), xs.get(xs.size() - 1)), "the sides' capitals");
  }

  @Test
  void oneSharedStateBesideAPersonOrAnotherPlaceIsNoCandidate() {
    ExtractedEvent upload =
        event(
            "u",
            EventType.VISIT,
            D,
            "باكو",
            "زيد عمرو",
            P,
            Role.VISITOR,
            "إسرائيل",
            C,
            null,
            "أذربيجان",
            C,
            null);
    ExtractedEvent crowd =
        event("c", EventType.VISIT, D, "القدس", "عمرو زيد", P, Role.VISITOR, "إسرائيل", C, null);
    ExtractedEvent noPlace =
        event("n", EventType.VISIT, D, null, "فرنسا", C, null, "إسرائيل", C, null);
    assertFalse(M.same(upload, crowd));
    assertFalse(CandidateLookup.matches(stored(crowd), upload), "another place");
    assertFalse(M.same(upload, noPlace));
    assertFalse(CandidateLookup.matches(stored(noPlace), upload), "one state, a person");
    ExtractedEvent two =
        event("t", EventType.MEETING, D.plusDays(1), null, "إسرائيل", C, null, "أذربيجان", C, null);
    assertTrue(CandidateLookup.matches(stored(two), upload), "two shared states");
    assertEquals(16, CandidateLookup.CAP);
  }
}
