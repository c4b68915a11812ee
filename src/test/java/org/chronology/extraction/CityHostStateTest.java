package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A visit to a city of a state other than its capital (places.tsv) is a visit to that state: the
 * host state is an actor of it, as it is when the capital is named.
 */
class CityHostStateTest {

  @Test
  void testAVisitToAPortCityHasItsStateAsHost() {
    List<ExtractedEvent> events =
        Fixtures.extract("وصل وزير التجارة الماليزي مساء الأحد إلى جدة في زيارة رسمية.");
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    Fixtures.assertActors(visit, "ماليزيا", "السعودية");
  }

  @Test
  void testAVisitToAResortCityHasItsStateAsHost() {
    ExtractedEvent visit =
        Fixtures.ofType(
            Fixtures.extract("حل الرئيس الموريتاني يوم الجمعة بمدينة مراكش في زيارة خاصة."),
            EventType.VISIT);
    Fixtures.assertActors(visit, "المغرب");
  }
}
