package org.chronology.extraction;

import static org.chronology.extraction.Fixtures.article;
import static org.chronology.extraction.Fixtures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lead's happening is the article's news even when no event is made of it: a sentence after it
 * telling the same occasion without a date of its own shares the lead's day (published Thursday 16
 * March 2023).
 */
class LeadOccasionDateTest {

  @Test
  void aVisitToldAtTheLeadsCeremonySharesTheLeadsDay() {
    List<ExtractedEvent> events =
        extract(
            article(
                "رُفع العلم الأذربيجاني صباح أمس الأربعاء فوق مبنى السفارة الجديدة في تل أبيب.",
                "وحضر وزير الخارجية الأذربيجاني جيهون بيراموف مراسم رفع العلم، في أول زيارة يقوم"
                    + " بها وزير خارجية أذربيجاني إلى إسرائيل."));
    ExtractedEvent visit =
        events.stream()
            .filter(e -> e.type() == EventType.VISIT)
            .findFirst()
            .orElseThrow(() -> new AssertionError(events.toString()));
    assertEquals(LocalDate.of(2023, 3, 15), visit.date().start(), events.toString());
  }
}
