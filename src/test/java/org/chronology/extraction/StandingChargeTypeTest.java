package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A standing charge told in the present, whose date is that of the attack charged, is the attack;
 * with the attack told by its own verb the charge stays a statement (sentences of our own).
 */
class StandingChargeTypeTest {

  @ParameterizedTest(name = "charged attack: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "وتتهم الحكومة الكينية الحركة بالوقوف وراء الهجوم على مركز تجاري في نيروبي في سبتمبر 2013."
      })
  void testTheAttackAStandingChargeDatesIsTheEvent(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.INCIDENT, EventType.STATEMENT);
  }

  @ParameterizedTest(name = "attack told apart: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ويتهم مسؤولون صوماليون الجماعة بالمسؤولية عن التفجير الذي استهدف فندقاً في مقديشو يوم 3"
            + " مارس الماضي."
      })
  void testAChargeBesideAnAttackToldByItsVerbStaysAStatement(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    org.junit.jupiter.api.Assertions.assertEquals(
        1, e.stream().filter(x -> x.type() == EventType.INCIDENT).count(), e.toString());
  }
}
