package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * A one-word company of the gazetteer that is also a given name ("رافائيل"): after a person's title
 * and before a name-like word it opens the person's name; after شركة it is the company. A name link
 * that is also a given name ("أبي") does not take a date word after it.
 */
class CompanyAsGivenNameTest {

  @Test
  void testTheCompanyWordAfterATitleOpensThePersonsName() {
    ExtractedEvent e =
        Fixtures.only(
            "التقى وزير الخارجية الأردني أمس في عمان نظيره الكولومبي رافائيل مونتويا وبحثا العلاقات"
                + " الثنائية.");
    Fixtures.assertActors(e, "رافائيل مونتويا");
    Fixtures.assertNoActor(e, "رافائيل");
    Fixtures.assertNoActor(e, "إسرائيل");
  }

  @Test
  void testAfterACompanyHeadItIsStillTheCompany() {
    ExtractedEvent e =
        Fixtures.only(
            "وقعت وزارة الدفاع الأذربيجانية أمس عقدا مع شركة رافائيل لشراء منظومات دفاع جوي.");
    Fixtures.assertActors(e, "رافائيل");
  }

  @Test
  void testALinkWordThatIsAGivenNameDoesNotTakeTheDateAfterIt() {
    ExtractedEvent e =
        Fixtures.only("يصل وزير الخارجية الإثيوبي تيدروس أبي غدا إلى القاهرة في زيارة رسمية.");
    Fixtures.assertActors(e, "تيدروس أبي");
    Fixtures.assertNoActor(e, "تيدروس أبي غدا");
  }
}
