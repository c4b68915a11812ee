package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A warship or soldiers arriving is a deployment (the guide's military), not a visit; an official
 * arriving stays a visit (sentences of our own).
 */
class ArmedArrivalTest {

  @ParameterizedTest(name = "military: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ووصلت إلى ميناء السلطان أمس الأربعاء فرقاطة تابعة للبحرية الهندية في مهمة تستمر أسبوعاً.",
        "وصلت إلى القاعدة الجوية يوم الاثنين دفعة ثانية من الجنود البولنديين على متن طائرة نقل."
      })
  void testAnArmedArrivalIsMilitary(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MILITARY, EventType.VISIT);
  }

  @ParameterizedTest(name = "visit: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"وصل وزير الدفاع البولندي إلى العاصمة أمس الأربعاء في زيارة رسمية تستمر يومين."})
  void testAnOfficialArrivingStaysAVisit(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.VISIT, EventType.MILITARY);
  }
}
