package org.chronology.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence opening with what a state has or what a thing is made of ("وتمتلك … أكبر سفارة"،
 * "وتملك … قاعدة عسكرية"، "ويتكون الخط من …") tells how things stand, a background fact the guide
 * keeps out of the chronology, not a happening.
 */
class StandingPossessionTest {

  @ParameterizedTest(name = "no event: {0}")
  @ValueSource(
      strings = {
        "وتمتلك تركيا أكبر سفارة لها في القارة الأفريقية في العاصمة الإثيوبية أديس أبابا.",
        "وتملك الإمارات قاعدة عسكرية في إريتريا وتدير ميناء عصب بموجب اتفاقية مع أسمرة.",
        "ويتكون خط الغاز بين الجزائر وإيطاليا من أنبوبين شيدتهما الشركتان بموجب اتفاقية بين"
            + " البلدين.",
        "وتتألف الاتفاقية الموقعة بين المغرب وإسبانيا من عشرين بندا.",
        "وتضم الإمارات عشرات الآلاف من العمال الفلبينيين الذين وصلوا بموجب اتفاقية العمل بين"
            + " البلدين."
      })
  void testPossessionOrMakeUpIsNoEvent(String text) {
    Fixtures.assertNoEvent(text);
  }
}
