package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * A European family name written with its particle ("دي لا فوينتي"، "دا سيلفا"، "فان كلافيرين"):
 * the particle and the word after it are one part of a new person's name read after his title, so
 * the name does not end on the particle; the guide names people by the fullest form the text gives.
 */
class FamilyNameParticleTest {

  @Test
  void testParticleAndArticleJoinTheFamilyName() {
    ExtractedEvent e =
        Fixtures.only(
            "استقبل وزير الخارجية القطري أمس في الدوحة نظيره الإسباني مانويل أنطونيو دي لا روسا"
                + " وبحثا العلاقات الثنائية.");
    Fixtures.assertActors(e, "مانويل أنطونيو دي لا روسا");
    Fixtures.assertNoActor(e, "مانويل أنطونيو دي");
  }

  @Test
  void testAParticleWithoutArticleJoinsTheFamilyName() {
    ExtractedEvent e =
        Fixtures.only(
            "يزور وزير الاقتصاد البرازيلي فرناندو باولو دا كوستا عمان غدا في زيارة رسمية تستمر"
                + " يومين.");
    Fixtures.assertActors(e, "فرناندو باولو دا كوستا");
  }

  @Test
  void testANameEndingBeforeANegationIsLeftAsItWas() {
    ExtractedEvent e =
        Fixtures.only(
            "وصل وزير الخارجية الأرجنتيني خورخي ماركوني إلى القاهرة أمس في زيارة رسمية لا تتجاوز"
                + " يومين.");
    Fixtures.assertActors(e, "خورخي ماركوني");
  }
}
