package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * "اختتم فلان زيارة إلى …، شارك خلالها في قمة …": a verb followed by "خلالها" (during the visit the
 * clause before tells) leaves out its subject, the visitor, who takes part in what it tells.
 */
class DuringItSubjectTest {

  @Test
  void testTheVisitorTakesPartInTheSummitHeldDuringHisVisit() {
    ExtractedEvent summit =
        Fixtures.ofType(
            Fixtures.extract(
                Fixtures.article(
                    "اختتم رئيس الوزراء الباكستاني شهباز شريف أمس زيارة إلى العاصمة الأوزبكية"
                        + " طشقند، شارك خلالها في قمة ثلاثية جمعته بالرئيس الأوزبكي شوكت ميرضيائيف"
                        + " والرئيس التركماني سردار بردي محمدوف.")),
            EventType.MEETING);
    Fixtures.assertActors(
        summit, "محمد شهباز شريف", "شوكت ميرضيائيف", "سردار بردي محمدوف", "باكستان");
  }
}
