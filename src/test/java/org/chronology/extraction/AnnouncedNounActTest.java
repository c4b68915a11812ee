package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An act announced by its verbal noun is that act, not a statement; a planned leaving for another
 * place is a visit (sentences of our own).
 */
class AnnouncedNounActTest {

  @ParameterizedTest(name = "other: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلن وزير المالية الكيني هنري روتيتش أمس الاثنين استقالته من منصبه.",
        "وكانت الشركة الوطنية قد أعلنت في يونيو الماضي اكتمال أعمال مد الأنبوب إلى الميناء.",
        "وأعلنت الخطوط الجوية الإثيوبية يوم الأحد زيادة عدد رحلاتها اليومية إلى جيبوتي."
      })
  void testAnAnnouncedResignationCompletionOrMoreFlightsIsOther(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.OTHER, EventType.STATEMENT);
  }

  @ParameterizedTest(name = "other: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلن رئيس الإكوادور أمس الأحد حالة الطوارئ في ثلاث مقاطعات ساحلية.",
        "وأعلنت شركة الكهرباء الأردنية يوم الخميس بدء التشغيل التجاري لمحطة الرياح الجديدة.",
        "وأعلنت الخطوط الجوية الكينية الثلاثاء استئناف رحلاتها المباشرة إلى مقديشو."
      })
  void testAnAnnouncedEmergencyStartOrResumptionIsOther(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.OTHER), e.toString());
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.STATEMENT), e.toString());
  }

  @ParameterizedTest(name = "incident: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلن الجيش الصومالي أمس تحرير مدينة بولو بوردي من عناصر حركة الشباب.",
        "وأعلنت الشرطة الكينية يوم السبت حجز شحنة أسلحة مهربة قرب الحدود مع الصومال."
      })
  void testAnAnnouncedRecaptureOrSeizureIsAnIncident(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.INCIDENT, EventType.STATEMENT);
  }

  @ParameterizedTest(name = "statement: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وطالبت أحزاب المعارضة الكينية أمس الاثنين باستقالة وزير المالية.",
      })
  void testACallForAResignationIsNoResignation(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.OTHER), e.toString());
  }

  @ParameterizedTest(name = "visit: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ومن المقرر أن يغادر الرئيس الكيني نيروبي غداً الأربعاء متوجهاً إلى كمبالا.",
        "ومن المنتظر أن تغادر رئيسة الوزراء البلاد مساء اليوم متوجهة إلى أديس أبابا."
      })
  void testAPlannedLeavingForAnotherPlaceIsAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.OTHER);
  }
}
