package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words whose reading decides the type (a ceasefire, "عقدا" before a meeting word, a treaty ended)
 * and a happening called for after a call's "إلى" (sentences of our own).
 */
class TypePrecedenceTest {

  @ParameterizedTest(name = "called for: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "كما دعت منظمة التعاون الإسلامي، في بيان صدر في جدة أمس، الطرفين إلى تبادل الأسرى فورا"
            + " والعودة إلى المفاوضات، وأعلنت أنها سترسل مبعوثا إلى المنطقة.",
        "كما دعا الاتحاد الأوروبي، في بيان نشر في بروكسل يوم الأحد، الجانبين إلى وقف إطلاق النار"
            + " دون شروط.",
        "ودعا وزير الخارجية النرويجي يوم الخميس إلى اجتماع عاجل لمجلس الأمن الدولي."
      })
  void testAHappeningCalledForIsTheCallNotTheHappening(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.STATEMENT), e.toString());
    assertTrue(e.stream().allMatch(x -> x.type() == EventType.STATEMENT), e.toString());
  }

  @ParameterizedTest(name = "ceasefire: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ووقع قادة الأطراف الثلاثة مساء الاثنين بيانا لوقف إطلاق النار في الإقليم.",
        "وتوصل الجانبان يوم السبت إلى وقف إطلاق النار على طول الحدود."
      })
  void testACeasefireIsAnAgreementNotShooting(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.INCIDENT);
  }

  @ParameterizedTest(name = "held: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وذكرت مصادر مطلعة أن وزيري الدفاع عقدا عدة لقاءات في أنقرة خلال الشهر الماضي.",
        "وكان المبعوثان قد عقدا اجتماعا مغلقا في جنيف يوم الثلاثاء."
      })
  void testTwoWhoHeldAMeetingSignedNoContract(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MEETING, EventType.DEAL);
  }

  @ParameterizedTest(name = "ended: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وقررت الحكومة المالية يوم الأحد إنهاء اتفاقية التعاون العسكري مع فرنسا.",
        "وأعلنت كيتو أمس إنهاء الاتفاقية الأمنية مع بوغوتا."
      })
  void testATreatyEndedIsAStepInRelations(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.DEAL);
  }
}
