package org.chronology.extraction;

import org.junit.jupiter.api.Test;

/**
 * A ministry's longer name joins its portfolios with و ("وزير الإدارة المحلية والبيئة"، "وزيرة
 * الطاقة والثروة المعدنية"): the whole name is the office's complement and the name after it is the
 * minister's, however many words the complement runs to.
 */
class JoinedPortfoliosTitleTest {

  @Test
  void testTheMinisterAfterAThreeWordMinistry() {
    var e =
        Fixtures.only(
            "التقى رئيس الوزراء أمس وزير الثقافة والشباب والرياضة سامر الفاعوري وبحث معه خطة"
                + " الموسم الثقافي.");
    Fixtures.assertActors(e, "سامر الفاعوري");
  }

  @Test
  void testTheMinisterAfterAMinistryOfSeveralPortfolios() {
    var events =
        Fixtures.extract(
            "ووقعت وزيرة التخطيط والتعاون الدولي زينب الأحمد مع نظيرها المغربي مذكرة تفاهم في"
                + " مجال التنمية.");
    Fixtures.assertActors(Fixtures.ofType(events, EventType.DEAL), "زينب الأحمد");
  }
}
