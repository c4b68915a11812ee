package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A state adjective qualifying a currency ("بقيمة 50 مليون دولار أمريكي"، "مليون دينار كويتي")
 * names a unit of money, not a state taking part in the happening: the guide's actors are the
 * parties to it. The same adjective after another noun still names its state.
 */
class CurrencyAdjectiveTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 4, 8);

  @Test
  void testTheDollarsStateIsNoPartyToTheLoan() {
    var events =
        Fixtures.extract(
            "وقع صندوق أبوظبي للتنمية أمس الاثنين اتفاقية قرض بقيمة 50 مليون دولار أمريكي مع"
                + " حكومة سيراليون لتمويل محطة للطاقة الشمسية في مدينة بو.",
            PUBLISHED);
    var loan = Fixtures.withEvidence(events, "قرض");
    Fixtures.assertActors(loan, "سيراليون");
    Fixtures.assertNoActor(loan, "الولايات المتحدة");
  }

  @Test
  void testTheDinarsStateIsNoPartyToTheGrant() {
    var events =
        Fixtures.extract(
            "قدمت الحكومة اليابانية أمس منحة بقيمة مليوني دينار كويتي إلى الأردن لدعم مشاريع"
                + " المياه في محافظة المفرق.",
            PUBLISHED);
    var grant = Fixtures.withEvidence(events, "منحة");
    Fixtures.assertActors(grant, "اليابان", "الأردن");
    Fixtures.assertNoActor(grant, "الكويت");
  }

  @Test
  void testTheAdjectiveAfterAnotherNounStillNamesItsState() {
    var events =
        Fixtures.extract(
            "وقعت شركة أمريكية أمس الاثنين عقدا بقيمة 50 مليون دولار مع حكومة سيراليون لبناء"
                + " محطة للطاقة الشمسية في مدينة بو.",
            PUBLISHED);
    Fixtures.assertActors(Fixtures.withEvidence(events, "عقدا"), "الولايات المتحدة", "سيراليون");
  }
}
