package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guide, Dates (a relative date is read from the text around it): "أيضاً" by a happening's word
 * ("ناقش الجانبان أيضاً إمكانية شراء …") adds it to the happening the sentence before told, as an
 * opening "كما" does; a reported purchase told so is of the talks' day, even when that sentence had
 * its day from the one before it (published Monday 13 May 2024).
 */
class TooAddsToToldHappeningTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

  @Test
  void aReportedStepToldWithTooTakesTheDayOfTheTalks() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "استقبل رئيس الوزراء صباح اليوم الاثنين وزير الخارجية القطري في مكتبه.",
                "وفي وقت لاحق، وقع الوزيران اتفاقية للتعاون في مجال الطاقة.",
                "وبحسب ما أوردته القناة الأولى، ناقش الجانبان أيضاً إمكانية شراء قطر منظومة دفاع"
                    + " جوي."),
            MONDAY);
    ExtractedEvent reported =
        events.stream()
            .filter(e -> e.status() == EventStatus.REPORTED)
            .findFirst()
            .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(MONDAY, reported.date().start(), events.toString());
  }
}
