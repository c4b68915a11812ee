package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "… الاتحاد الأوروبي … وكان الاتحاد قد فرض …": a body named in full, then by its definite head
 * noun alone, is the same actor; not a state's organ named by a noun and the state's adjective.
 */
class ShortBodyNameTest {

  @Test
  void testABodyNamedAgainByItsHeadNounIsItsActor() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "ندد الاتحاد الأوروبي أمس بإطلاق كوريا الشمالية صاروخا باليستيا جديدا.",
                "وكان الاتحاد قد فرض في يونيو الماضي عقوبات اقتصادية واسعة على بيونغ يانغ."));
    ExtractedEvent sanctions = Fixtures.withEvidence(events, "عقوبات");
    Fixtures.assertActors(sanctions, "الاتحاد الأوروبي");
  }

  @Test
  void testAStateOrgansHeadNounAloneIsNoneOfItsActors() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "أعلنت الحكومة الإسرائيلية أمس تعليق المفاوضات مع لبنان.",
                "وقال رئيس الوزراء اللبناني إن الحكومة ستعقد جلسة طارئة غدا لبحث الملف."));
    for (ExtractedEvent e : events) {
      if (e.evidence().text().contains("طارئة")) {
        Fixtures.assertNoActor(e, "الحكومة الإسرائيلية");
      }
    }
  }
}
