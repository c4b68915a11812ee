package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "بحث الوزير مع نظيره، الذي بدأ اليوم زيارة للبلاد تستمر يومين، …": talks and the visit a clause
 * of the same sentence tells, governed by the same date and naming no one new, are one happening
 * (guide: the visit of a minister and the meetings he held during it are one `visit` event), dated
 * by the stay the sentence gives.
 */
class TalksWithArrivingGuestTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 5, 13);

  @Test
  void talksWithTheGuestWhoseVisitBeganAreThatVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "مسقط 13 أيار - بحث وزير الخارجية العماني بدر البوسعيدي مع وزير الخارجية الياباني،"
                    + " الذي بدأ اليوم زيارة للسلطنة تستمر يومين، سبل تعزيز العلاقات الثنائية."),
            MONDAY);
    assertEquals(1, events.size());
    ExtractedEvent visit = events.get(0);
    assertEquals(EventType.VISIT, visit.type());
    assertEquals(MONDAY, visit.date().start());
    assertEquals(LocalDate.of(2024, 5, 14), visit.date().end());
  }
}
