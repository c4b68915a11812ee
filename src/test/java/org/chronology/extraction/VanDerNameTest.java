package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/** "فان دير" in a Dutch or Flemish family name takes the word after it: the name goes on. */
class VanDerNameTest {

  @Test
  void testTheFamilyNameAfterVanDerIsPartOfTheName() {
    ExtractedEvent visit =
        Fixtures.ofType(
            Fixtures.extract("زار وزير الزراعة الهولندي بيتر فان دير هوفن عمان يوم الثلاثاء."),
            EventType.VISIT);
    Fixtures.assertActors(visit, "بيتر فان دير هوفن", "هولندا");
  }
}
