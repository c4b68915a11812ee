package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An act announced by its noun takes the noun's type: a mission's work resumed, a foiled plot or a
 * seizure, a stronger military presence, support pledged with its value, national teams taking part
 * in a tournament (sentences of our own).
 */
class AnnouncedStepNounTest {

  private static void assertType(String sentence, EventType type) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().anyMatch(x -> x.type() == type), e.toString());
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.STATEMENT), e.toString());
  }

  @ParameterizedTest(name = "mission: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلنت نيروبي وأديس أبابا يوم الاثنين استئناف عمل بعثتيهما الدبلوماسيتين بعد قطيعة دامت عامين.",
        "وكانت الحكومة الكينية قد أعلنت في مارس 2019 تعليق عمل البعثة الدبلوماسية في مقديشو."
      })
  void testTheWorkOfAMissionResumedOrSuspendedIsDiplomatic(String sentence) {
    assertType(sentence, EventType.DIPLOMATIC);
  }

  @ParameterizedTest(name = "foiled: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "أعلنت السلطات الجمركية الكينية أمس الأحد إحباط محاولة لتهريب شحنة أسلحة عبر ميناء مومباسا.",
        "وأعلنت وزارة الداخلية التشادية يوم الخميس إحباط مخطط لاستهداف مقر الحكومة."
      })
  void testAFoiledPlotAnnouncedIsAnIncident(String sentence) {
    assertType(sentence, EventType.INCIDENT);
  }

  @ParameterizedTest(name = "seizure: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلنت الشرطة الكينية يوم السبت ضبط كميات كبيرة من المخدرات على الحدود مع الصومال.",
        "أعلنت السلطات التشادية أمس ضبط شحنة أسلحة مهربة قرب الحدود الليبية."
      })
  void testASeizureToldByWhatIsSeizedIsAnIncident(String sentence) {
    assertType(sentence, EventType.INCIDENT);
  }

  @ParameterizedTest(name = "restraint: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"ودعت كينيا أمس الطرفين إلى ضبط النفس وتجنب التصعيد على الحدود."})
  void testRestraintIsNoSeizure(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.INCIDENT), e.toString());
  }

  @ParameterizedTest(name = "presence: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلنت إيطاليا يوم الجمعة تعزيز وجودها العسكري في البحر الأحمر بإرسال سفينتين حربيتين.",
        "أعلن الحلف أمس تعزيز الوجود العسكري على حدوده الشرقية."
      })
  void testAStrongerMilitaryPresenceAnnouncedIsMilitary(String sentence) {
    assertType(sentence, EventType.MILITARY);
  }

  @ParameterizedTest(name = "valued support: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وأعلنت قطر يوم الثلاثاء تقديم دعم بقيمة مليار دولار للبنك المركزي السوداني.",
        "أعلن الاتحاد الأوروبي أمس تقديم مساعدات بقيمة مئتي مليون يورو إلى تشاد."
      })
  void testSupportPledgedWithItsValueIsADeal(String sentence) {
    assertType(sentence, EventType.DEAL);
  }

  @ParameterizedTest(name = "teams: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "أعلن اتحادا الكرة في كينيا وأوغندا يوم الأحد مشاركة منتخبيهما في بطولة شرق إفريقيا."
      })
  void testNationalTeamsTakingPartAreOther(String sentence) {
    assertType(sentence, EventType.OTHER);
  }

  @ParameterizedTest(name = "credentials: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وقدم السفير الكيني الجديد يوم الأربعاء أوراق اعتماده إلى الرئيس الإثيوبي في أديس أبابا."
      })
  void testCredentialsPresentedAreDiplomatic(String sentence) {
    assertType(sentence, EventType.DIPLOMATIC);
  }

  @ParameterizedTest(name = "backing: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"وأعلنت الحكومة الكينية يوم الاثنين دعمها الكامل لجهود الوساطة الإفريقية."})
  void testBackingWithoutAValueIsNoDeal(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    assertTrue(e.stream().noneMatch(x -> x.type() == EventType.DEAL), e.toString());
  }
}
