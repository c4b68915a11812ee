package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A noun of the clause right after a title and its state («وقوف بلاده»، «تعازي بلاده»، «ملفات
 * التعاون»، «حكومة تصريف الأعمال») is no person's name: the guide's actors are people by their
 * names, states and organisations, and such words are none of them.
 */
class NounAfterTitleTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  @Test
  void testAStandOfHisCountryIsNoName() {
    var events =
        Fixtures.extract(
            "استقبل الرئيس الغاني كوامي أدجيمانغ أمس في أكرا وزير الخارجية الماليزي زامبري عبد"
                + " القادر، حيث أكد الرئيس الغاني وقوف بلاده إلى جانب ماليزيا.",
            PUBLISHED);
    var visit = Fixtures.withEvidence(events, "أكرا");
    Fixtures.assertActors(visit, "كوامي أدجيمانغ", "زامبري عبد القادر");
    Fixtures.assertNoActor(visit, "وقوف بلاده");
  }

  @Test
  void testCondolencesAreNoName() {
    var events =
        Fixtures.extract(
            "واستقبل الرئيس الكيني أمس في نيروبي وزير الخارجية التنزاني، ونقل الوزير التنزاني"
                + " تعازي بلاده بضحايا الفيضانات.",
            PUBLISHED);
    Fixtures.assertNoActor(Fixtures.withEvidence(events, "نيروبي"), "تعازي بلاده");
  }

  @Test
  void testFilesOfCooperationAreNoName() {
    var events =
        Fixtures.extract(
            "واستقبل رئيس الوزراء الماليزي في كوالالمبور أمس الأول وزير الخارجية الغاني، الذي"
                + " بحث مع نظيره الماليزي ملفات التعاون الزراعي.",
            PUBLISHED);
    Fixtures.assertNoActor(Fixtures.withEvidence(events, "كوالالمبور"), "ملفات التعاون الزراعي");
  }

  @Test
  void testAGovernmentAfterTheTitleOfItsHeadIsNoName() {
    var events =
        Fixtures.extract(
            "وصل رئيس حكومة تصريف الأعمال الماليزية أنور إبراهيم إلى جاكرتا أمس في زيارة رسمية"
                + " تستغرق يومين.",
            PUBLISHED);
    Fixtures.assertNoActor(Fixtures.withEvidence(events, "جاكرتا"), "حكومة تصريف");
  }

  @Test
  void testARequestAfterTheEnvoysTitleIsNoName() {
    var events =
        Fixtures.extract(
            "استدعت وزارة الخارجية الماليزية أمس السفير الإندونيسي لطلب توضيحات حول تصريحات نسبت"
                + " إليه.",
            PUBLISHED);
    Fixtures.assertNoActor(Fixtures.withEvidence(events, "استدعت"), "لطلب");
  }
}
