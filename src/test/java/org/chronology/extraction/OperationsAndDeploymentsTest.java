package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Happenings told by words the trigger list lacked: a plant put into commercial operation, a
 * military base built abroad, an army spreading into an area or forces entering a country, a
 * government resigning, an ultimatum running out, a withdrawal completed, warships sent (the guide:
 * deployment is military; a dated happening of no other type is other).
 */
class OperationsAndDeploymentsTest {

  @Test
  void aPlantPutIntoCommercialOperationIsAHappening() {
    ExtractedEvent e =
        Fixtures.only("وبدأت محطة الطاقة الشمسية التشغيل التجاري في فبراير الماضي قرب أسوان.");
    assertEquals(EventType.OTHER, e.type());
  }

  @Test
  void aMilitaryBaseBuiltAbroadIsADeployment() {
    ExtractedEvent e =
        Fixtures.only("وكانت أنقرة قد بدأت في مايو الماضي بناء قاعدة عسكرية لها في قطر.");
    assertEquals(EventType.MILITARY, e.type());
  }

  @Test
  void anArmySpreadingIntoAnAreaIsADeployment() {
    ExtractedEvent e =
        Fixtures.only("ومن المقرر أن ينتشر الجيش العراقي في بلدات سنجار الأسبوع المقبل.");
    assertEquals(EventType.MILITARY, e.type());
  }

  @Test
  void aGovernmentResigningIsAHappening() {
    ExtractedEvent e = Fixtures.only("وجاء ذلك بعد استقالة الحكومة الأردنية مساء الأحد الماضي.");
    assertEquals(EventType.OTHER, e.type());
  }

  @Test
  void anUltimatumRunningOutIsAHappening() {
    ExtractedEvent e =
        Fixtures.only(
            "تنتهي المهلة التي حددها الاتحاد الأفريقي للمجلس العسكري في مالي غداً الجمعة.");
    assertEquals(EventType.OTHER, e.type());
  }

  @Test
  void aWithdrawalCompletedIsMilitary() {
    ExtractedEvent e =
        Fixtures.only(
            "وأعلن البيان أن القوات الكينية أنجزت انسحابها من جنوب الصومال يوم الثلاثاء.");
    assertEquals(EventType.MILITARY, e.type());
  }

  @Test
  void warshipsSentAreANavalDeployment() {
    ExtractedEvent e =
        Fixtures.only("وقررت الحكومة الهندية في يناير الماضي إرسال قطع بحرية إلى البحر الأحمر.");
    assertEquals(EventType.MILITARY, e.type());
  }
}
