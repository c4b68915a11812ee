package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * "وشهد الزعيمان، في ختام المباحثات، توقيع …": the leaders a witness verb opening the sentence
 * names preside over the signing its object tells; they are actors of the deal, even with the talks
 * it closes written between them and the signing.
 */
class WitnessedSigningTest {

  @Test
  void testTheLeadersWhoWitnessASigningAreItsActors() {
    ExtractedEvent deal =
        Fixtures.ofType(
            Fixtures.extract(
                Fixtures.article(
                    "استقبل الرئيس الفرنسي إيمانويل ماكرون في قصر الإليزيه اليوم الرئيس"
                        + " السنغالي ماكي سال في زيارة رسمية.",
                    "وشهد الزعيمان، في ختام المباحثات، توقيع أربع اتفاقيات للتعاون في مجالي"
                        + " الطاقة والزراعة.")),
            EventType.DEAL);
    Fixtures.assertActors(deal, "إيمانويل ماكرون", "ماكي سال");
  }

  @Test
  void testNamedWitnessesOfASigningAreItsActors() {
    ExtractedEvent deal =
        Fixtures.ofType(
            Fixtures.extract(
                "وشهد الرئيس الفرنسي إيمانويل ماكرون ونظيره السنغالي ماكي سال، في ختام"
                    + " المباحثات، توقيع أربع اتفاقيات للتعاون في مجالي الطاقة والزراعة."),
            EventType.DEAL);
    Fixtures.assertActors(deal, "إيمانويل ماكرون", "ماكي سال");
  }
}
