package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * A visit noun written as the frame of the act told before it ("… قد افتتح المعرض، في مستهل زيارة
 * رسمية"، "… وقّع المذكرة خلال زيارة التقى فيها …") has the one who did that act among its actors;
 * not when the noun names its own visitor ("خلال زيارة قام بها فلان"، "خلال زيارة الرئيس فلان"),
 * whose act's signatories belong to the deal.
 */
class FramedVisitSubjectTest {

  @Test
  void testTheActsDoerIsAnActorOfTheVisitFramingIt() {
    var events =
        Fixtures.extract(
            "وكان وزير الزراعة الأذربيجاني رستم ممدوف قد دشّن المعرض الزراعي يوم الأحد الماضي في"
                + " تل أبيب، في مستهل زيارة رسمية استمرت ثلاثة أيام.");
    Fixtures.assertActors(Fixtures.ofType(events, EventType.VISIT), "رستم ممدوف");
  }

  @Test
  void testTheVisitorOfAVisitDuringWhichHeMetSomeone() {
    var events =
        Fixtures.extract(
            "وكانت وزيرة الثقافة الكرواتية ماريا بيلان قد افتتحت المركز الثقافي الثلاثاء في عمّان"
                + " خلال زيارة التقت فيها رئيس الوزراء الأردني بشر الخصاونة.");
    Fixtures.assertActors(Fixtures.ofType(events, EventType.VISIT), "ماريا بيلان");
  }

  @Test
  void testNotTheSignatoryOfAVisitThatNamesItsVisitor() {
    var events =
        Fixtures.extract(
            "ووقع وزير النقل المصري هشام عرفات الاتفاقية أمس في القاهرة، خلال زيارة قام بها"
                + " الرئيس الكيني وليام روتو إلى مصر استغرقت يومين.");
    Fixtures.assertNoActor(Fixtures.ofType(events, EventType.VISIT), "هشام عرفات");
  }
}
