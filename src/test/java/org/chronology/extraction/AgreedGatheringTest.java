package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A gathering agreed to be held, in a clause an agreement's or a signing's noun heads, is that
 * gathering to come (a planned meeting); an agreement whose content is no gathering stays a deal
 * (sentences of our own).
 */
class AgreedGatheringTest {

  @ParameterizedTest(name = "gathering: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وينص الاتفاق على أن يعقد وزيرا الزراعة في البلدين اجتماعهما الأول في نيروبي في مارس"
            + " المقبل.",
        "وقال الوزير الكيني عقب مراسم التوقيع أمس إن الجانبين اتفقا على عقد الدورة الأولى للجنة"
            + " الوزارية المشتركة في أديس أبابا خلال الربع الأول من العام المقبل."
      })
  void testAGatheringAgreedToBeHeldIsAPlannedMeeting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.DEAL);
    assertEquals(EventStatus.PLANNED, e.get(0).status(), e.toString());
  }

  @ParameterizedTest(name = "deal: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وينص الاتفاق على أن تزود كينيا إثيوبيا بالشاي لمدة خمس سنوات.",
        "ووقع الوزيران أمس في نيروبي اتفاقية لتبادل المنتجات الزراعية بين البلدين."
      })
  void testAnAgreementOfOtherContentStaysADeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.MEETING);
  }
}
