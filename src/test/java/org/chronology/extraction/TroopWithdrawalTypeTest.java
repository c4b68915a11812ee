package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Troops, soldiers or units pulled back are the undoing of a deployment, the guide's military, in
 * every form of the verb (past, present, future) and by its verbal noun after a verb of announcing
 * (sentences of our own).
 */
class TroopWithdrawalTypeTest {

  @ParameterizedTest(name = "military: {0}")
  @ValueSource(
      strings = {
        "وسحبت هولندا آخر جنودها من ولاية أوروزغان في آب 2010.",
        "وكانت كندا قد سحبت وحداتها القتالية من قندهار في تموز 2011.",
        "ومن المقرر أن تسحب بلجيكا جنودها من مالي في كانون الثاني 2024.",
        "وأعلنت الحكومة البلجيكية يوم 3 آذار 2023 انسحاب جنودها من مالي."
      })
  void testTroopsPulledBackAreMilitary(String sentence) {
    List<ExtractedEvent> e = Fixtures.extract(sentence);
    Fixtures.assertTypedAs(e, EventType.MILITARY, EventType.STATEMENT);
  }
}
