package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An official arriving in a region, a province or a town named by its noun after إلى travels there,
 * the guide's visit, whether or not the gazetteer knows the place; a ceremony he attends there is
 * part of the visit (sentences of our own).
 */
class ArrivalInRegionTest {

  @ParameterizedTest(name = "visit: {0}")
  @ValueSource(
      strings = {
        "ووصل وزير الدفاع الإيراني يوم 3 آذار 2023 إلى منطقة جكيكور الحدودية.",
        "ووصل رئيس الوزراء العراقي يوم 2 آذار 2023 إلى محافظة ذي قار للمشاركة في مراسم افتتاح"
            + " المطار."
      })
  void testAnArrivalInARegionIsAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.OTHER);
  }
}
