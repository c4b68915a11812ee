package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guide's Status (modality) on kinds of sentence (sentences of our own): a party's readiness to
 * act is planned, as after يستعد; what a denial of reports or of a medium's story answers is
 * reported.
 */
class PlannedAndClaimedStatusTest {

  private static EventStatus statusOf(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertFalse(e.isEmpty(), sentence);
    return e.get(0).status();
  }

  @ParameterizedTest(name = "planned: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"وقالت المصادر إن البلدين يستعدان لإعادة فتح السفارتين في نيروبي وكمبالا."})
  void testReadinessIsPlanned(String sentence) {
    assertEquals(EventStatus.PLANNED, statusOf(sentence), sentence);
  }

  @ParameterizedTest(name = "done: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"ونفت وزارة الدفاع الكينية اليوم اتهامات أوغندا بشأن الحدود."})
  void testToldAsDoneStaysHappened(String sentence) {
    assertEquals(EventStatus.HAPPENED, statusOf(sentence), sentence);
  }

  @ParameterizedTest(name = "claimed: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ونفت وزارة الدفاع الكينية اليوم تقارير تحدثت عن بيع طائرات مسيرة إلى أوغندا.",
        "ونفى مكتب الرئيس الكيني ما نشرته صحيفة أوغندية من أن نيروبي باعت طائرات مسيرة إلى كمبالا.",
        "ونفت الخارجية الأوغندية ما تداولته وسائل إعلام عن زيارة سرية لوزير الدفاع إلى نيروبي."
      })
  void testWhatADenialOfReportsAnswersIsReported(String sentence) {
    assertEquals(EventStatus.REPORTED, statusOf(sentence), sentence);
  }
}
