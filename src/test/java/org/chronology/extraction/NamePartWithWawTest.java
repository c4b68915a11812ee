package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * A third name part that begins with و ("ورسمي"، "ورسامي") is a part of the name after a single
 * title when nothing of a second name follows it (a comma, a figure, a noun with a preposition and
 * the article); a second person joined by و, with names of his own, stays apart.
 */
class NamePartWithWawTest {

  @Test
  void testAThirdPartWithWawBeforeACommaIsPartOfTheName() {
    ExtractedEvent e =
        Fixtures.only(
            "استدعت وزارة الخارجية الكينية أمس السفير الصومالي عبدي أحمد ورسمي، وأبلغته احتجاجها"
                + " الشديد.");
    Fixtures.assertActors(e, "عبدي أحمد ورسمي");
    Fixtures.assertNoActor(e, "عبدي أحمد");
  }

  @Test
  void testAThirdPartWithWawBeforeAPrepositionalNounIsPartOfTheName() {
    ExtractedEvent e =
        Fixtures.only("استدعت الحكومة الصومالية أمس سفيرها لدى نيروبي حسن محمد ورسامي للتشاور.");
    Fixtures.assertActors(e, "حسن محمد ورسامي");
  }

  @Test
  void testASecondPersonJoinedByWawStaysApart() {
    ExtractedEvent e =
        Fixtures.only(
            "استقبل وزير الخارجية الكيني موسى علي وسفراء الدول العربية أمس في نيروبي وفدا"
                + " صوماليا.");
    Fixtures.assertNoActor(e, "موسى علي وسفراء");
  }
}
