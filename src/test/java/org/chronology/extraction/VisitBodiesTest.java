package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A body a visit's sentence names that is neither visitor nor host (the committee whose session the
 * visit frames, the government that sent the invitation) takes no part in the visit; a body whose
 * delegation travels is the visitor and stays, and bodies of other happenings are left alone.
 */
class VisitBodiesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  @Test
  void testTheCommitteeAVisitFramesIsNoActor() {
    ExtractedEvent visit =
        Fixtures.ofType(
            Fixtures.extract(
                "وصل وزير الاقتصاد الأردني يوسف الشمالي إلى القاهرة أمس في زيارة تستغرق يومين"
                    + " يترأس خلالها اجتماعات اللجنة العليا المشتركة.",
                PUBLISHED),
            EventType.VISIT);
    Fixtures.assertNoActor(visit, "اللجنة العليا المشتركة");
    Fixtures.assertActors(visit, "يوسف الشمالي", "الأردن", "مصر");
  }

  @Test
  void testTheInvitingGovernmentIsNoHost() {
    ExtractedEvent visit =
        Fixtures.ofType(
            Fixtures.extract(
                "بدأ وزير الخارجية الماليزي زيارة رسمية إلى تونس أمس بدعوة من الحكومة التونسية.",
                PUBLISHED),
            EventType.VISIT);
    Fixtures.assertNoActor(visit, "الحكومة التونسية");
    assertEquals(Role.HOST, Fixtures.actor(visit, "تونس").role());
  }

  @Test
  void testTheBodyWhoseDelegationTravelsStays() {
    ExtractedEvent visit =
        Fixtures.ofType(
            Fixtures.extract(
                "يزور وفد فني من وزارة الزراعة الأردنية دمشق الأسبوع المقبل لبحث تصدير الخضار.",
                PUBLISHED),
            EventType.VISIT);
    Fixtures.assertActors(visit, "وزارة الزراعة الأردنية", "سوريا");
  }

  @Test
  void testABodyOfADealStays() {
    ExtractedEvent deal =
        Fixtures.ofType(
            Fixtures.extract(
                "وقعت وزارة الطاقة المصرية أمس اتفاقية مع شركة إيني الإيطالية لتطوير حقل غاز.",
                PUBLISHED),
            EventType.DEAL);
    Fixtures.assertActors(deal, "وزارة الطاقة المصرية", "إيني");
  }
}
