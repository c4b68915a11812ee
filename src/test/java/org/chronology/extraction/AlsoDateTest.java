package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, Dates: a sentence opening with "كما" adds a happening to the one the sentence before told,
 * so with no date of its own it is of that happening's day, not of the article's main happening
 * (published Thursday 16 March 2023).
 */
class AlsoDateTest {

  private static ExtractedEvent withTrigger(List<ExtractedEvent> events, String word) {
    return events.stream()
        .filter(e -> e.evidence().text().contains(word))
        .findFirst()
        .orElseThrow(() -> new AssertionError(events.toString()));
  }

  @Test
  void aSummonsAddedToTodaysReactionIsOfToday() {
    List<ExtractedEvent> events =
        extract(
            article(
                "وقع وزيرا خارجية أرمينيا وإيران مساء أمس الأربعاء في يريفان اتفاقية للتعاون"
                    + " في مجال الطاقة.",
                "وفي أول رد فعل، أدانت وزارة الخارجية الأذربيجانية اليوم الاتفاقية.",
                "كما استدعت وزارة الخارجية الأذربيجانية السفير الإيراني في باكو."));
    assertEquals(
        LocalDate.of(2023, 3, 16), withTrigger(events, "استدعت").date().start(), events.toString());
  }

  @Test
  void anUndatedActWithoutAlsoKeepsTheDaysNews() {
    List<ExtractedEvent> events =
        extract(
            article(
                "وقع وزيرا خارجية أرمينيا وإيران مساء أمس الأربعاء في يريفان اتفاقية للتعاون"
                    + " في مجال الطاقة.",
                "وفي أول رد فعل، أدانت وزارة الخارجية الأذربيجانية اليوم الاتفاقية.",
                "واستدعت وزارة الخارجية الأذربيجانية السفير الإيراني في باكو."));
    assertEquals(
        LocalDate.of(2023, 3, 15), withTrigger(events, "استدعت").date().start(), events.toString());
  }
}
