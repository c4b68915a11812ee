package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * "أغلقت الحكومة المعبر، متهمة فلاناً بـ…": the one an accusing participle names right after an act
 * told by its verb is whom the act is aimed at, an actor of it; not after a noun a saying tells of.
 */
class AccusedOfActTest {

  @Test
  void testTheAccusedOfAnActIsItsActor() {
    ExtractedEvent act =
        Fixtures.withEvidence(
            Fixtures.extract(
                "وكانت الحكومة التشادية قد أغلقت حدودها البرية في مارس الماضي، متهمة ليبيا"
                    + " بإيواء المتمردين."),
            "أغلقت");
    Fixtures.assertActors(act, "تشاد", "ليبيا");
  }
}
