package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Happenings the extractor used to miss (sentences of our own): an abduction, a protocol signed, a
 * count raised or cut by a decision, a planned step told with its yearly figure, and cargo carried
 * by cargo planes; a running statistic and a cargo plane alone stay no such event.
 */
class FiguresAndSeizuresTest {

  private static void assertType(String sentence, EventType type) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == type), e.toString());
  }

  @ParameterizedTest(name = "abduction: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وكان مسلحون قد أقدموا، مساء أمس الأربعاء، على خطف مهندسين تركيين قرب مدينة سرت الليبية.",
        "واختطف مسلحون مجهولون الإثنين الماضي دبلوماسياً أردنياً في طرابلس."
      })
  void testAnAbductionIsAnIncident(String sentence) {
    assertType(sentence, EventType.INCIDENT);
  }

  @ParameterizedTest(name = "protocol: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وتعود بداية التعاون بين البلدين إلى بروتوكولي أنقرة الموقعين في 12 مايو 2011 بين تونس وتركيا.",
        "وأُبرم بين كينيا وإثيوبيا في نوفمبر الماضي بروتوكولان لتنظيم حركة الشاحنات عبر معبر مويالي."
      })
  void testAProtocolIsADeal(String sentence) {
    assertType(sentence, EventType.DEAL);
  }

  @ParameterizedTest(name = "count changed: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "3 مارس 2019: الحكومة الإيطالية تقرر خفض عدد التأشيرات الممنوحة للتونسيين إلى الثلث.",
        "وأعلنت رومانيا يوم الاثنين الماضي تقليص عدد التأشيرات الممنوحة لمواطني مولدوفا."
      })
  void testACountCutByADecisionIsAHappening(String sentence) {
    assertType(sentence, EventType.DIPLOMATIC);
  }

  @ParameterizedTest(name = "planned with figure: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ومن المقرر أن توقع قطر وباكستان خلال الزيارة اتفاقية لتوريد الغاز المسال بكميات تصل إلى ثلاثة ملايين طن سنويا.",
      })
  void testAPlannedSigningWithAYearlyFigureIsKept(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(
        e.stream().anyMatch(x -> x.type() == EventType.DEAL && x.status() == EventStatus.PLANNED),
        e.toString());
  }

  @ParameterizedTest(name = "statistic: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ويبلغ عدد التأشيرات الممنوحة للتونسيين نحو مئة ألف تأشيرة سنويا.",
      })
  void testARunningCountStaysNoEvent(String sentence) {
    assertEquals(List.of(), Fixtures.extract(sentence));
  }

  @ParameterizedTest(name = "cargo: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وذكرت وسائل إعلام تركية الأسبوع الماضي أن طائرات شحن عسكرية باكستانية هبطت في قاعدة \"إنجرليك\" الجوية جنوبي تركيا، وسط تقديرات بأنها نقلت شحنات ذخيرة.",
        "ورصد هواة تتبع الطيران خلال الأيام الماضية هبوط طائرات شحن باكستانية في قاعدة إنجرليك الجوية، وهو ما اعتبره محللون مؤشرا على شحنات ذخيرة.",
      })
  void testCargoNamedBesideACargoPlaneIsADeal(String sentence) {
    assertType(sentence, EventType.DEAL);
  }

  @ParameterizedTest(name = "vehicle only: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وهبطت طائرة شحن باكستانية أمس في مطار أنقرة بعد عطل فني.",
      })
  void testACargoPlaneAloneIsNoDeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DEAL), e.toString());
  }
}
