package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.junit.jupiter.api.Test;

/**
 * A state named only as what talks or words are about ("بحثا الأوضاع في ليبيا"، "تطورات الملف
 * السوري") is their subject matter, not a party; the guide's actors take part in the happening.
 */
class TopicStateTest {

  @Test
  void testAStateAfterASituationNounAndFiIsTheTopic() {
    String text =
        "التقى وزير الخارجية المصري نظيره التونسي في القاهرة يوم 4 آذار 2021، وبحثا الأوضاع في"
            + " ليبيا.";
    var e = withEvidence(extract(text), "التقى");
    assertActors(e, "مصر", "تونس");
    assertNoActor(e, "ليبيا");
  }

  @Test
  void testAStateAdjectiveOnAFileNounIsTheTopic() {
    String text =
        "أجرى الرئيس الجزائري اتصالا هاتفيا مع أمير قطر يوم 9 أيار 2022 تناول تطورات الملف"
            + " السوري.";
    var e = withEvidence(extract(text), "اتصالا");
    assertActors(e, "الجزائر", "قطر");
    assertNoActor(e, "سوريا");
  }

  @Test
  void testAStateThatActsInTheClauseStaysAParty() {
    String text = "وقعت الأردن والعراق في بغداد يوم 2 شباط 2019 اتفاقا لتنظيم الأوضاع على الحدود.";
    assertActors(withEvidence(extract(text), "اتفاقا"), "الأردن", "العراق");
  }
}
