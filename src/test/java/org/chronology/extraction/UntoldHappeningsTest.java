package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * What the guide does not count as done (docs/annotation-guide.md, "An event" and "Status"): a
 * possibility is reported, a happening with no precedent never took place, a lasting absence is a
 * state, a standing demand is no happening, and a demand's object is what is asked, not done.
 */
class UntoldHappeningsTest {

  @Test
  void possibilityBehindAndIsReported() {
    // "وقد يلتقي": the particle of possibility behind و, like "قد يزور"
    ExtractedEvent e =
        Fixtures.only("وقد يلتقي وزير الخارجية السعودي نظيره الإيراني في بغداد الشهر المقبل.");
    assertEquals(EventStatus.REPORTED, e.status(), e.toString());
  }

  @Test
  void likelyHappeningIsReported() {
    ExtractedEvent e = Fixtures.only("ومن المرجح أن يزور الرئيس الصيني الرياض الشهر المقبل.");
    assertEquals(EventStatus.REPORTED, e.status(), e.toString());
  }

  @Test
  void happeningWithoutPrecedentNeverTookPlace() {
    Fixtures.assertNoEvent("ولم يسبق لوزير خارجية بريطاني أن زار كابول.");
  }

  @Test
  void absenceIsAState() {
    Fixtures.assertNoEvent("ولا توجد علاقات دبلوماسية بين إندونيسيا وإسرائيل.");
  }

  @Test
  void standingDemandIsNoHappening() {
    Fixtures.assertNoEvent("وتطالب المعارضة بقطع العلاقات مع إسرائيل.");
  }

  @Test
  void demandedStepIsTheDemand() {
    Fixtures.assertTypedAs(
        Fixtures.extract("وطالب البرلمان الليبي أمس الحكومة بطرد السفير التركي."),
        EventType.STATEMENT,
        EventType.DIPLOMATIC);
  }

  @Test
  void citationAndPressContactLinesAreFurniture() {
    Fixtures.assertNoEvent(
        Fixtures.article(
            "للاقتباس: مركز الخليج للأبحاث، \"زيارة الرئيس الإيراني إلى الرياض وما بعدها\"، أيار 2023.",
            "للاستفسارات الإعلامية: يرجى الاتصال بالمكتب الصحفي لسفارة المغرب في عمّان."));
  }
}
