package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which trigger gives the type when a sentence has several: an act announced is the act, also when
 * it is of no other type (sentences of our own).
 */
class AnnouncedActTypeTest {

  @ParameterizedTest(name = "announced other: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلنت الحكومة الغانية يوم الاثنين يوم حداد وطني على ضحايا الفيضانات.",
        "أعلن رئيس المجلس الانتقالي مساء السبت نقل صلاحياته إلى حكومة مؤقتة برئاسة وزير العدل.",
        "وأعلنت السلطات الكينية أمس أنها ستبدأ الملء الأول لخزان السد الجديد في مارس المقبل.",
        "وأُعلن قيام دولة جنوب السودان في التاسع من يوليو 2011.",
        "وأعلنت شركة الطيران الكينية أمس أنها ستسير رحلة يومية بين نيروبي وجوبا اعتبارا من الشهر"
            + " المقبل."
      })
  void testAnAnnouncedActOfNoOtherTypeIsOther(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.OTHER, EventType.STATEMENT);
  }

  @ParameterizedTest(name = "statement: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلنت وزارة الخارجية الغانية يوم الاثنين رفضها القاطع للاتهامات الموجهة إليها.",
        "وأعلن المتحدث باسم الحكومة أمس أن بلاده لن تقبل أي وساطة في الملف."
      })
  void testADeclarationOfAPositionStaysAStatement(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.STATEMENT), e.toString());
  }

  @ParameterizedTest(name = "any: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وحذر وزير الدفاع التشادي أمس الأحد من أن أي هجوم على القاعدة سيقابل برد حازم.",
        "ونفى المتحدث باسم الرئاسة الكينية يوم الاثنين عقد أي لقاء مع وفد المعارضة.",
        "وقال رئيس الوزراء الإثيوبي اليوم إن بلاده لن تقبل بأي اتفاق لا يضمن حقوقها."
      })
  void testAHappeningAfterAnyIsTheSayingNotTheHappening(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == EventType.STATEMENT), e.toString());
    assertTrue(e.stream().allMatch(x -> x.type() == EventType.STATEMENT), e.toString());
  }

  @ParameterizedTest(name = "relations: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ووقع البلدان في نيروبي في الخامس من مايو الماضي الاتفاق الذي أعدته لجنة مشتركة بوساطة"
            + " إثيوبية، والذي نص على استئناف العلاقات الدبلوماسية بينهما.",
        "وأنهى الاتفاق الذي أعلنته أسمرة وأديس أبابا في جدة في السادس عشر من سبتمبر الماضي على"
            + " استئناف علاقاتهما الدبلوماسية عقدين من القطيعة."
      })
  void testAnAgreementToRestoreRelationsIsDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.DEAL);
  }

  @ParameterizedTest(name = "diplomatic: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2019: قطر تستدعي القائم بالأعمال البحريني احتجاجا على تصريحات وزير خارجيته.",
        "وكانت الخرطوم قد استدعت القائم بالأعمال الإثيوبي يوم الأحد الماضي.",
        "ومن المقرر أن يعود السفيران إلى نيروبي ومقديشو الأسبوع المقبل."
      })
  void testEnvoysSummonedOrBackAreDiplomatic(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DIPLOMATIC, EventType.STATEMENT);
  }

  @ParameterizedTest(name = "troops approved: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وصادق البرلمان الكيني أمس على تمديد مهمة القوات الكينية في الصومال لعام إضافي.",
        "ووافق مجلس الشيوخ يوم الثلاثاء على إرسال عناصر من القوات البرية إلى مالي."
      })
  void testTroopsSentOrKeptAbroadAreMilitary(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MILITARY, EventType.OTHER);
  }

  @ParameterizedTest(name = "quoted: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وقال وزير الداخلية الليتواني أمس الاثنين إن بلاده تتعرض \"لهجوم هجين\" من مينسك.",
        "وحذرت رئيسة الوزراء يوم الخميس من \"انقلاب على الدستور\" يعد له خصومها في البرلمان."
      })
  void testAnIncidentInTheQuotedWordsOfASpeakerIsTheSaying(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.STATEMENT, EventType.INCIDENT);
  }

  @ParameterizedTest(name = "loan: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلن رئيس الوزراء الياباني أمس عن قرض ميسر لكينيا بقيمة 200 مليون دولار.",
        "وأعلنت الحكومة الصينية يوم الاثنين قرضاً جديداً لزامبيا لتمويل خط السكة الحديد."
      })
  void testAnAnnouncedLoanIsADeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.DEAL, EventType.STATEMENT);
  }
}
