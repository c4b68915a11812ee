package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import org.junit.jupiter.api.Test;

/**
 * A counted plural ("الدول الثلاث"، "الوزراء الأربعة") or an n-sided adjective ("القمة الثلاثية")
 * stands for that many states of the article, the ones it names most often.
 */
class CountedPartiesTest {

  @Test
  void testTheThreeStatesAreTheArticlesThree() {
    String text =
        "اتفقت مصر والسودان وإثيوبيا على تشكيل لجنة فنية في 3 أيار 2021.\n"
            + "وأكدت مصر أن السودان وإثيوبيا تعهدا بتقديم البيانات.\n"
            + "ووقعت الدول الثلاث محضر الاجتماع في 9 أيار 2021.";
    assertActors(withEvidence(extract(text), "محضر"), "مصر", "السودان", "إثيوبيا");
  }

  @Test
  void testATrilateralMeetingTakesTheThirdState() {
    String text =
        "استقبل الرئيس الأذربيجاني وزير الخارجية التركي في باكو يوم 2 آذار 2022.\n"
            + "وبحث الجانبان مشروع خط السكك الحديدية مع جورجيا.\n"
            + "ومن المقرر أن يعقد الاجتماع الثلاثي المقبل في 15 نيسان 2022.";
    assertActors(withEvidence(extract(text), "الثلاثي"), "أذربيجان", "تركيا", "جورجيا");
  }

  @Test
  void testAStateAfterTheGroupIsItsObjectNotAMember() {
    String text =
        "قطعت السعودية والإمارات والبحرين علاقاتها مع قطر في 5 حزيران 2017.\n"
            + "وقالت السعودية إن الإمارات والبحرين تنسقان معها.\n"
            + "وكانت الدول الثلاث قد سحبت سفراءها من قطر في 5 آذار 2014.";
    assertActors(withEvidence(extract(text), "سفراءها"), "السعودية", "الإمارات", "البحرين", "قطر");
  }

  @Test
  void testAQuarterOfTheYearIsNoTrilateral() {
    String text =
        "وقعت تونس والجزائر اتفاقاً تجارياً في 2 شباط 2022.\n"
            + "وذكرت وزارة الخارجية التونسية أن إيطاليا ستشارك في المعرض.\n"
            + "وتنعقد اللجنة المشتركة التونسية الجزائرية خلال الثلاثي الأول من 2023.";
    assertNoActor(withEvidence(extract(text), "الثلاثي"), "إيطاليا");
  }
}
