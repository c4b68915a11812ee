package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * The name of a ruling house written without آل (الصباح) closes a member's name after his given and
 * father's names, or after his grandfather's: the person keeps the fullest form the text gives, as
 * the guide names people.
 */
class RulingHouseNameTest {

  @Test
  void testTheHouseAfterGivenAndFathersNames() {
    ExtractedEvent e =
        Fixtures.only(
            "التقى وزير الدفاع التركي أمس في أنقرة نظيره الكويتي الشيخ فهد المنصور الصباح وبحثا"
                + " التعاون العسكري.");
    Fixtures.assertActors(e, "فهد المنصور الصباح");
    Fixtures.assertNoActor(e, "فهد المنصور");
  }

  @Test
  void testTheHouseAfterTheGrandfathersName() {
    ExtractedEvent e =
        Fixtures.only(
            "استقبل الرئيس الفرنسي أمس في باريس وزير الخارجية الكويتي الشيخ ناصر عبدالله الجابر"
                + " الصباح وبحثا العلاقات الثنائية.");
    Fixtures.assertActors(e, "ناصر عبدالله الجابر الصباح");
  }
}
