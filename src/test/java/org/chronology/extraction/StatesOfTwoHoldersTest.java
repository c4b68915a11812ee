package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * "ووقع الوزيران الاتفاقية": the two ministers a dual stands for act for their states, so those
 * states are actors of the event too, as they are of a minister named in the clause.
 */
class StatesOfTwoHoldersTest {

  @Test
  void testTheStateOfACounterpartTheDualStandsForIsAnActor() {
    ExtractedEvent signing =
        Fixtures.ofType(
            Fixtures.extract(
                Fixtures.article(
                    "وصل وزير الخارجية الشيخ سالم الحمدان إلى ليما اليوم في زيارة رسمية.",
                    "وعقد الوزير جلسة مباحثات مع نظيره البيروفي كارلوس مندوزا في مقر الوزارة.",
                    "ووقع الوزيران اتفاقية للإعفاء المتبادل من التأشيرات.")),
            EventType.DIPLOMATIC);
    Fixtures.assertActors(signing, "كارلوس مندوزا", "بيرو");
  }
}
