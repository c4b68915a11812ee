package org.chronology.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Words that are no statement of the guide (texts of our own): an analyst's or observers' view, and
 * a standing position told in the present ("تؤكد دائماً"), with no party's word given that day.
 */
class StatementNegativesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "وقال المحلل السياسي في تصريح لصحيفة محلية إن الموقف الجديد ثمرة للدبلوماسية.",
        "يرى مراقبون أن الزيارة تمثل تحولا في العلاقات بين البلدين.",
        "يقول محللون إن القرار سيؤثر على العلاقات بين البلدين.",
        "تؤكد الجزائر دائما رفضها للتدخل الأجنبي في شؤون دول الجوار.",
        "ويؤكد الأردن باستمرار دعمه لحل الدولتين.",
      })
  void noEvent(String text) {
    Fixtures.assertNoEvent(text);
  }
}
