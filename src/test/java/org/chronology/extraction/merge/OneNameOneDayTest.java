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
import org.chronology.extraction.Role;
import org.chronology.extraction.Span;
import org.chronology.time.Precision;
import org.junit.jupiter.api.Test;

/**
 * A short report naming one state and no one doing it, and a longer one naming both sides, of one
 * type and on the very same day, are one happening; a month, an approximate day, a visit or a
 * person on the short side keep the old rule (one state alone tells nothing).
 */
class OneNameOneDayTest {

  private static final EventMerger M = new EventMerger();

  private static ActorMention state(String name) {
    return new ActorMention(
        new ActorIdentity(name, null, ActorKind.COUNTRY, null, name, List.of()), null, null);
  }

  private static ActorMention person(String name, String country) {
    return new ActorMention(
        new ActorIdentity(name, null, ActorKind.PERSON, null, country, List.of()),
        Role.SPEAKER,
        null);
  }

  private static ExtractedEvent event(
      String article, EventType type, DateValue d, ActorMention... actors) {
    String text = "جملة الخبر.";
    return new ExtractedEvent(
        article,
        new Happening(type, EventStatus.HAPPENED, "حدث", 0.8, d, List.of(actors), null),
        new Evidence(new Span(0, text.length()), text, null, null, List.of()),
        1,
        List.of());
  }

  private static final LocalDate D = LocalDate.of(2019, 11, 5);

  private static DateValue day(boolean approximate) {
    return new DateValue(D, D, Precision.DAY, approximate, null, null);
  }

  @Test
  void testOneStateAndBothSidesOnOneDayAreOneHappening() {
    ExtractedEvent both =
        event(
            "a.txt",
            EventType.OTHER,
            day(false),
            state("الجزائر"),
            state("المغرب"),
            person("سعيد الراشدي", "الجزائر"));
    ExtractedEvent one = event("b.txt", EventType.OTHER, day(false), state("الجزائر"));
    assertTrue(M.same(both, one));
    assertTrue(M.same(one, both));
    assertEquals(1, M.merge(List.of(both, one)).size());
  }

  @Test
  void testAVagueDateAVisitOrAPersonOnTheShortSideKeepThemApart() {
    ExtractedEvent both =
        event("a.txt", EventType.DEAL, day(false), state("الجزائر"), state("المغرب"));
    LocalDate first = D.withDayOfMonth(1);
    DateValue month =
        new DateValue(first, first.withDayOfMonth(30), Precision.MONTH, false, null, null);
    assertFalse(M.same(both, event("b.txt", EventType.DEAL, month, state("الجزائر"))));
    assertFalse(M.same(both, event("c.txt", EventType.DEAL, day(true), state("الجزائر"))));
    assertFalse(
        M.same(
            both,
            event(
                "d.txt",
                EventType.DEAL,
                day(false),
                state("الجزائر"),
                person("سعيد الراشدي", "الجزائر"))));
    ExtractedEvent visit =
        event("e.txt", EventType.VISIT, day(false), state("الجزائر"), state("المغرب"));
    assertFalse(M.same(visit, event("f.txt", EventType.VISIT, day(false), state("الجزائر"))));
    // another type the same day is another happening
    assertFalse(M.same(both, event("g.txt", EventType.OTHER, day(false), state("الجزائر"))));
  }
}
