package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guide: one happening, one event; a visit and its arrival told in a later sentence are one
 * visit, dated by the arrival. The arrival may name the state of the visited city, a city of the
 * visited state, or a city of a state the placeless visit names; someone else's arrival, and the
 * arrival after talks, stay apart (sentences of our own).
 */
class ArrivalOfTheVisitTest {

  private static final String TALKS_IN_JERUSALEM =
      "، حيث بحث مع المسؤولين الإسرائيليين التعاون في مجال الطاقة.";

  private static long visits(List<ExtractedEvent> events) {
    return events.stream().filter(e -> e.type() == EventType.VISIT).count();
  }

  @Test
  void testArrivalIntoTheStateOfTheVisitedCityIsThatVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "زار وزير الخارجية الأذربيجاني جيهون بايراموف القدس اليوم الخميس"
                    + TALKS_IN_JERUSALEM,
                "وكان بايراموف قد وصل إلى إسرائيل مساء الأربعاء في زيارة تستمر ثلاثة أيام."));
    assertEquals(1, visits(events), events.toString());
    assertEquals(
        LocalDate.of(2023, 3, 15),
        Fixtures.ofType(events, EventType.VISIT).date().start(),
        "dated by the arrival");
  }

  @Test
  void testArrivalInACityOfTheVisitedStateIsThatVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "زار وزير الخارجية الأذربيجاني جيهون بايراموف إسرائيل اليوم الخميس"
                    + TALKS_IN_JERUSALEM,
                "وكان بايراموف قد وصل إلى القدس مساء الأربعاء في زيارة تستمر ثلاثة أيام."));
    assertEquals(1, visits(events), events.toString());
  }

  @Test
  void testArrivalInACityOfAStateThePlacelessVisitNamesIsThatVisit() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "أجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان اليوم الخميس زيارة رسمية هي"
                    + " الأولى من نوعها بين إيران والبحرين.",
                "وكان عبد اللهيان قد وصل إلى المنامة مساء الأربعاء على رأس وفد رفيع."));
    assertEquals(1, visits(events), events.toString());
  }

  @Test
  void testAnotherTravellersArrivalStaysApart() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "زار وزير الخارجية الأذربيجاني جيهون بايراموف القدس اليوم الخميس"
                    + TALKS_IN_JERUSALEM,
                "وكان الرئيس التركي رجب طيب أردوغان قد وصل إلى إسرائيل مساء الأربعاء في زيارة"
                    + " تستمر ثلاثة أيام."));
    assertEquals(2, visits(events), events.toString());
    List<ExtractedEvent> placeless =
        Fixtures.extract(
            Fixtures.article(
                "أجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان اليوم الخميس زيارة رسمية هي"
                    + " الأولى من نوعها بين إيران والبحرين.",
                "وكان الرئيس التركي رجب طيب أردوغان قد وصل إلى المنامة مساء الأربعاء على رأس وفد"
                    + " رفيع."));
    assertEquals(2, visits(placeless), placeless.toString());
  }

  @Test
  void testTalksInTheCityKeepTheArrivalIntoTheStateApart() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "التقى رئيس الوزراء الإسرائيلي بنيامين نتنياهو في القدس اليوم الخميس وزير الخارجية"
                    + " الأذربيجاني جيهون بايراموف.",
                "وكان بايراموف قد وصل إلى إسرائيل مساء الأربعاء في زيارة تستمر ثلاثة أيام."));
    assertEquals(1, visits(events), events.toString());
    assertEquals(
        1, events.stream().filter(e -> e.type() == EventType.MEETING).count(), events.toString());
  }
}
