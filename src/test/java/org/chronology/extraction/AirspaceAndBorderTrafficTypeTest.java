package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Airspace closed or opened, air traffic suspended and a land border reopened are traffic between
 * states, not representation: the guide's `diplomatic` names embassies, recognition and relations
 * but no crossing, border or airspace, so they are `other`, "a dated happening that fits none of
 * the above" (dev README, convention review round 62, item 3). Sentences of our own.
 */
class AirspaceAndBorderTrafficTypeTest {

  @ParameterizedTest(name = "other, not diplomatic: {0}")
  @ValueSource(
      strings = {
        // airspace closed, by the noun and by the verb, in every status
        "أعلنت الحكومة البوروندية مساء الأحد إغلاق مجالها الجوي أمام الطائرات الرواندية.",
        "وأغلقت غينيا أجواءها أمام الطيران المالي في 9 كانون الثاني 2022.",
        "وقالت الهيئة إن البلاد ستغلق أجواءها أمام الرحلات القادمة من بانغي بعد 48 ساعة.",
        // airspace opened
        "وكانت هيئة الطيران المدني الكويتية قد أعلنت في أيار 2021 فتح أجواء الكويت أمام الناقلات القطرية.",
        // air traffic suspended over a state
        "أعلنت وزارة النقل البحرينية أمس تعليق حركة الملاحة الجوية في أجواء المملكة بشكل مؤقت.",
        // a land border reopened
        "وكانت السلطات التشادية قد أعلنت في أيار 2022 إعادة فتح الحدود البرية مع الكاميرون."
      })
  void testAirspaceAndBorderTrafficIsOther(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.OTHER, EventType.DIPLOMATIC);
  }
}
