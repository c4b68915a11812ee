package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * The object or the next verb written right after a new foreign person's name (سبل، تناولت، قامت،
 * بيانا) is no third part of it: the name ends before it, so the person keeps the name the text
 * gives and no actor is named after a clause word.
 */
class WordAfterForeignNameTest {

  @Test
  void testTheNounOfWaysIsNoPartOfTheName() {
    ExtractedEvent e =
        Fixtures.only(
            "بحث وزير الخارجية الأردني أمس في عمان مع نظيرته النمساوية مارتا هولمسن سبل تطوير"
                + " التعاون الاقتصادي.");
    Fixtures.assertActors(e, "مارتا هولمسن");
    Fixtures.assertNoActor(e, "مارتا هولمسن سبل");
  }

  @Test
  void testAVerbAfterTheNameIsNoPartOfIt() {
    ExtractedEvent e =
        Fixtures.only(
            "أجرى وزير الخارجية المغربي أمس في الرباط محادثات مع الرئيس الغاني جون ماهاما تناولت"
                + " العلاقات الثنائية.");
    Fixtures.assertActors(e, "جون ماهاما");
    Fixtures.assertNoActor(e, "جون ماهاما تناولت");
  }

  @Test
  void testAVerbAfterAnUnnamedCounterpartIsNoName() {
    ExtractedEvent e =
        Fixtures.only(
            "ويعقد وزير الخارجية القطري غدا في الدوحة جلسة مباحثات مع نظيرته السويدية تتناول"
                + " التعاون الثنائي.");
    Fixtures.assertNoActor(e, "تتناول التعاون");
  }
}
