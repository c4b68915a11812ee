package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening named after a short lapse ("بعد ساعات من"، "بعد يومين من") that follows another in
 * its sentence is the earlier happening that one is measured from: an event of its own (the guide:
 * a past happening with a date the text gives), dated back from the happening before the phrase,
 * and folded into its own telling when the article tells it again with its day.
 */
class LapsedHappeningsTest {

  @Test
  void theDecisionHoursBeforeIsItsOwnEventOnThatDay() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أعلنت النيجر مساء الثلاثاء إغلاق مجالها الجوي أمام الطائرات البنينية، بعد ساعات من"
                + " قرار مماثل اتخذته بنين.");
    assertEquals(2, events.size(), events.toString());
    for (ExtractedEvent e : events) {
      // an airspace closure and the like decision it answers: other (round 62 item 3)
      assertEquals(EventType.OTHER, e.type(), events.toString());
      assertEquals(LocalDate.of(2023, 3, 14), e.date().start(), events.toString());
    }
  }

  @Test
  void theSummonsWeeksBeforeIsNotTheExpulsion() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "أعلنت الخارجية الإيرانية أمس طرد أربعة دبلوماسيين أذربيجانيين، بعد أسبوعين من استدعاء"
                + " السفير الأذربيجاني في طهران.");
    assertEquals(2, events.size(), events.toString());
  }

  @Test
  void theKidnappingTwoDaysBeforeFoldsIntoItsOwnTelling() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "أعلنت الحكومة التونسية أمس إغلاق قنصليتها في بنغازي، بعد يومين من اختطاف خمسة من"
                    + " موظفيها.",
                "وكان مسلحون قد اختطفوا يوم الاثنين خمسة من موظفي القنصلية التونسية في بنغازي."));
    List<ExtractedEvent> incidents =
        events.stream().filter(e -> e.type() == EventType.INCIDENT).toList();
    assertEquals(1, incidents.size(), events.toString());
    assertEquals(LocalDate.of(2023, 3, 13), incidents.get(0).date().start(), events.toString());
  }
}
