package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * A state written in its long form with «مملكة» inside a title ("وزير خارجية مملكة الدنمارك فلان")
 * is the title's state and the name after it the minister's; alone, «المملكة» stays the state the
 * article named last.
 */
class KingdomLongFormTitleTest {

  @Test
  void testTheMinisterAfterTheKingdomsLongForm() {
    var events =
        Fixtures.extract(
            "استقبل الرئيس اليوم في قصر الرئاسة وزير خارجية مملكة الدنمارك لارس راسموسن والوفد"
                + " المرافق له.");
    Fixtures.assertActors(events.get(0), "لارس راسموسن", "الدنمارك");
  }
}
