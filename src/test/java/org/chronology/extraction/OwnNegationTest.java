package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After لم/لن, a verb of time passing, forgetting, witnessing, getting attention or leaving a
 * source unnamed keeps the negation to itself: the happening named after it took place, it is not
 * called off (guide, Status (modality): cancelled is for postponed or called-off events). A negated
 * happening's own word, or its light verb, stays negated (sentences of our own).
 */
class OwnNegationTest {

  @ParameterizedTest(name = "took place: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ولم تمض ساعات حتى أعلنت الحكومة الكينية، مساء الجمعة، استدعاء سفيرها في كمبالا للتشاور.",
        "ولم تنس كمبالا الهجوم الذي استهدف سفارتها في نيروبي في آذار 2019.",
        "ونقلت الصحيفة عن مسؤول لم تسمه أن الجانبين بحثا في نيروبي أمس ملف الحدود."
      })
  void testTheNegationStaysWithItsVerb(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertFalse(e.isEmpty(), sentence);
    e.forEach(x -> assertNotEquals(EventStatus.CANCELLED, x.status(), () -> sentence + " " + e));
  }

  @ParameterizedTest(name = "negated: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"ولم تعقد القمة المقررة في نيروبي أمس بسبب الخلافات."})
  void testANegatedHappeningIsCalledOff(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertFalse(e.isEmpty(), sentence);
    e.forEach(x -> assertEquals(EventStatus.CANCELLED, x.status(), () -> sentence + " " + e));
  }
}
