package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An act named before the announcing verb that opens a relative clause about it, points back at it
 * with "عنها", or is written passive is the act: the clause dates it, the verb only reports it
 * (sentences of our own).
 */
class AnnouncedActNamedBeforeTest {

  @ParameterizedTest(name = "announced before: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ولم يصمد وقف إطلاق النار الشامل الذي أعلن في جيبوتي مساء الأحد الماضي بين الطرفين سوى"
            + " يومين.",
        "ولم تصمد الهدنة الإنسانية التي أعلنت في جدة فجر السبت الماضي بين الجيش وقوات الدعم السريع"
            + " بوساطة سعودية سوى ساعات."
      })
  void testAnActAnnouncedInARelativeClauseIsTheAct(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.STATEMENT);
  }

  @ParameterizedTest(name = "pointed back at: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ويأتي المشروع في إطار مذكرة تفاهم أعلن عنها في الدوحة في مارس 2019 بين البلدين.",
        "وأشاد الوزير بالمنحة السعودية لإنشاء مستشفى في العاصمة التي أعلن عنها في أواخر عام 2020."
      })
  void testAnActTheVerbPointsBackAtWithAPronounIsTheAct(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.STATEMENT);
  }

  @ParameterizedTest(name = "passive: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وجاءت الخطوة بعد اتفاق رباعي أُعلن يوم الاثنين الماضي بين شركات الطاقة في البلدين.",
        "ومثلت صفقة الطائرات التي بلغت قيمتها ملياري دولار وأُعلنت في مايو 2016 نقلة في علاقات"
            + " البلدين."
      })
  void testAnActBeforeAPassiveVerbIsTheAct(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.STATEMENT);
  }

  @ParameterizedTest(name = "own declaration: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وفي كلمة أمام البرلمان أعلن رئيس الوزراء الكيني أمس رفضه القاطع لأي تدخل أجنبي في شؤون"
            + " بلاده."
      })
  void testAnActiveVerbAfterANounIsStillTheDeclaration(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    org.junit.jupiter.api.Assertions.assertTrue(
        e.stream().anyMatch(x -> x.type() == EventType.STATEMENT), e.toString());
  }
}
