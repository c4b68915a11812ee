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
import org.chronology.extraction.Role;
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
    return MergeReports.state(name, null);
  }

  private static ActorMention person(String name, String country) {
    return MergeReports.person(name, country, Role.SPEAKER);
  }

  private static ExtractedEvent event(
      String article, EventType type, DateValue d, ActorMention... actors) {
    return MergeReports.report(article, type, d, null, actors);
  }

  private static final LocalDate D = LocalDate.of(2019, 11, 5);

  private static DateValue day(boolean approximate) {
    return MergeReports.day(D, approximate);
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
