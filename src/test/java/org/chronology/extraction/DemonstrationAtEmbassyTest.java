package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A demonstration before a state's mission is a protest, the guide's statement: the embassy named
 * as a building ("أمام السفارة") is where it took place, not a diplomatic happening the verb
 * announces, so the demonstration heads the event.
 */
class DemonstrationAtEmbassyTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  @Test
  void testDemonstrationBeforeEmbassyIsStatement() {
    var events =
        Fixtures.extract(
            "تظاهر عشرات الطلاب أمام السفارة البريطانية في نيروبي أمس الأحد.", PUBLISHED);
    var protest = Fixtures.ofType(events, EventType.STATEMENT);
    Fixtures.assertActors(protest, "بريطانيا");
  }

  @Test
  void testGatheringBeforeEmbassyIsStatement() {
    var events =
        Fixtures.extract(
            "تظاهر المئات أمام السفارة الفرنسية في داكار، الجمعة، للمطالبة بالإفراج عن الموقوفين.",
            PUBLISHED);
    Fixtures.ofType(events, EventType.STATEMENT);
  }

  @Test
  void testPretendingIsNoProtest() {
    Fixtures.assertNoEvent("تظاهر الوزير بعدم الاهتمام بالأمر.");
  }
}
