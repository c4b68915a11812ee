package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide: one happening, one event. A visit told without a place, between two states, and then
 * its arrival told again into one of those states by the same visitor a day before, is one visit
 * (sentences of our own).
 */
class ArrivalIntoVisitedStateTest {

  @Test
  void testTheVisitorsArrivalIntoTheVisitedStateIsThatVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "أجرى وزير الخارجية الأذربيجاني جيهون بايراموف اليوم الخميس زيارة رسمية هي الأولى"
                    + " من نوعها بين أذربيجان وإسرائيل.",
                "وكان بايراموف قد وصل إلى إسرائيل مساء الأربعاء على رأس وفد رسمي."));
    assertEquals(
        1, events.stream().filter(e -> e.type() == EventType.VISIT).count(), events.toString());
  }

  @Test
  void testAnotherTravellersArrivalStaysApart() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "أجرى وزير الخارجية الأذربيجاني جيهون بايراموف اليوم الخميس زيارة رسمية هي الأولى"
                    + " من نوعها بين أذربيجان وإسرائيل.",
                "وكان الرئيس التركي رجب طيب أردوغان قد وصل إلى إسرائيل مساء الأربعاء على رأس وفد"
                    + " رسمي."));
    assertEquals(
        2, events.stream().filter(e -> e.type() == EventType.VISIT).count(), events.toString());
  }
}
