package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verb of attacking whose object is an act done by signature or ceremony (an opening, a signing,
 * a normalisation, a recognition, a law) tells a protest, the guide's statement, not an assault
 * (sentences of our own).
 */
class AttackInWordsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "هاجمت موسكو أمس افتتاح قنصلية ليتوانية في مدينة لفيف.",
        "وهاجم رئيس البرلمان الإيراني يوم الأحد توقيع الاتفاقية الأمنية بين البلدين.",
        "هاجمت الحركة أمس التطبيع مع إسرائيل.",
        "هاجم الرئيس الصربي أمس اعتراف الجبل الأسود باستقلال كوسوفو.",
      })
  void testAnAttackOnAnActDoneBySignatureIsAStatement(String sentence) {
    Fixtures.assertTypedAs(Fixtures.extract(sentence), EventType.STATEMENT, EventType.INCIDENT);
  }

  @Test
  void testAnAttackOnABuildingStaysAnIncident() {
    assertEquals(
        EventType.INCIDENT, Fixtures.only("هاجم مسلحون أمس مقر القنصلية في مدينة لفيف.").type());
  }
}
