package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * A style of address with an attached pronoun ("جلالته"، "سموه"، "فخامته") is the person the
 * article named before with that style or an office of it; one attending ("بحضور جلالته") takes no
 * part.
 */
class StyledPronounTest {

  private static final String ARRIVAL =
      "وصل السلطان هيثم بن طارق إلى القاهرة أمس الأربعاء في زيارة دولة تستغرق يومين. ";

  @Test
  void testHisMajestyIsTheSultanNamedBefore() {
    var events =
        Fixtures.extract(ARRIVAL + "وكان جلالته قد افتتح في مارس الماضي ميناء الدقم الجديد.");
    Fixtures.assertActors(Fixtures.withEvidence(events, "الدقم"), "هيثم بن طارق");
  }

  @Test
  void testHisExcellencyIsThePresidentNamedBefore() {
    var events =
        Fixtures.extract(
            "استقبل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم الرئيس الإيراني إبراهيم رئيسي. "
                + "ووقّع فخامته في يناير الماضي اتفاقية للتعاون الجمركي مع العراق.");
    Fixtures.assertActors(Fixtures.withEvidence(events, "الجمركي"), "إبراهيم رئيسي");
  }

  @Test
  void testOneAttendingTakesNoPart() {
    var events =
        Fixtures.extract(
            ARRIVAL
                + "وافتتح رئيس الوزراء المصري مصطفى مدبولي في مارس الماضي ميناء السخنة الجديد"
                + " بحضور جلالته.");
    Fixtures.assertNoActor(Fixtures.withEvidence(events, "السخنة"), "هيثم بن طارق");
  }
}
