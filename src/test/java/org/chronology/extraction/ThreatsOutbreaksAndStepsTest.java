package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Happenings told by words that were no trigger: threats brandished, warnings, speeches to crowds,
 * outbreaks of fighting, crossings, supplies cut, events called off, project steps, laws passed,
 * apologies, flows started, interventions (sentences of our own).
 */
class ThreatsOutbreaksAndStepsTest {

  /** Each dated sentence is one event of the given type. */
  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a threat brandished, a warning given, a speech, a judgement given in a statement
        "وكان وزير الخارجية الأردني قد لوّح الأسبوع الماضي بالقيام بكل ما يلزم على الحدود.|statement",
        "ولوّحت الحكومة الإيرانية أمس الأربعاء باللجوء إلى مجلس الأمن.|statement",
        "وكانت الحكومة قد نبهت، في بيان يوم 25 آذار 2023، إلى عواقب القرار.|statement",
        "وخاطب الرئيس التونسي الحشود أمام قصر قرطاج مساء أمس الأربعاء.|statement",
        "ورفضت الحركة القرار، إذ اعتبرت في بيان صدر ليل الثلاثاء أن الخطوة باطلة.|statement",
        // the outbreak of fighting; smoke rising from installations
        "ونزح مليون شخص منذ اندلاع القتال بين الجيش والمتمردين في نيسان 2023.|incident",
        "وتصاعد الدخان من منشآت نفطية قرب الحدود صباح أمس الأربعاء.|incident",
        // crossings toward a place, supplies cut, events called off
        "وكان نحو ألفي مهاجر قد عبروا نحو مليلية يوم الاثنين الماضي.|other",
        "وأوقفت الحكومة الجزائرية الثلاثاء الماضي إمدادات الكهرباء إلى جارتها.|other",
        "وألغت وزارة الثقافة في اليوم التالي فعاليات فنية تركية في 5 آذار 2023.|other",
        // steps of a project, a law passed, an apology, a flow started, an intervention
        "ووضع رئيس الوزراء حجر الأساس للمصفاة في آب 2006.|other",
        "ودخل خط السكك الحديدية حيز التشغيل عام 2017.|other",
        "وأقر البرلمان الأردني قانون الاستثمار الجديد في أيار 2022.|other",
        "وقدمت وزارة الخارجية الأذربيجانية في اليوم نفسه اعتذارها للجانب الإيراني.|statement",
        "وبدأ الضخ عبر الأنبوب إلى الأردن فعلياً في شباط 2008.|deal",
        "وتدخل الجيش التركي عسكرياً في شمال العراق صيف عام 1995.|incident",
        // two travellers arriving, a first flight run, a customs office closed
        "وكان الوزيران قد وصلا إلى عمّان مساء الثلاثاء 14 آذار 2023.|visit",
        "وكانت الخطوط التونسية قد سيّرت الأسبوع الماضي أولى رحلاتها المباشرة بين تونس وطرابلس.|other",
        "وكانت إسبانيا قد أغلقت من جانب واحد المكتب الجمركي في الميناء في آب 2019.|other",
      })
  void testTheHappeningIsOneEventOfItsType(String sentence, String type) {
    assertEquals(EventType.fromCode(type), Fixtures.only(sentence).type());
  }

  /**
   * The same words naming no happening: what was expressed, a crisis, a solution, standing facts.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "وعبروا عن أملهم في تحسن الأوضاع الاقتصادية.",
        "وتعود الأزمة إلى ما قبل اندلاع الخلاف بين البلدين.",
        "ويعلق في مكتب الوزير لوح خشبي قديم.",
        "ويعتمد البلد على جاره في نحو 70 بالمائة من إمدادات الكهرباء.",
        "ولا تدخل المذكرة حيز التنفيذ إلا بعد مصادقة البرلمانين.",
        "وقال الوزير إن الضخ مستمر عبر الأنبوب منذ سنوات.",
        "ووصلا إلى قناعة بأن الحوار هو السبيل الوحيد.",
        "ويتابع الوزير سير الرحلات بين البلدين.",
      })
  void testNoHappeningIsToldByTheSameWordsElsewhere(String sentence) {
    Fixtures.assertNoEvent(sentence);
  }
}
