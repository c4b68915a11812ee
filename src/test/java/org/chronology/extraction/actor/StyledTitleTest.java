package org.chronology.extraction.actor;

import static org.chronology.extraction.Fixtures.assertActors;
import static org.chronology.extraction.Fixtures.assertNoActor;
import static org.chronology.extraction.Fixtures.extract;
import static org.chronology.extraction.Fixtures.withEvidence;

import java.util.List;
import org.chronology.extraction.ExtractedEvent;
import org.junit.jupiter.api.Test;

/**
 * A ruler's title after a style of address, with neither name nor state ("جلالة الملك"، "سمو
 * الأمير"), is the one holder of that office the article names; with two holders named it is
 * nobody.
 */
class StyledTitleTest {

  @Test
  void styledKingIsTheKingTheArticleNames() {
    List<ExtractedEvent> e =
        extract(
            "عمّان 2 أيار 2023 - استقبل العاهل الأردني الملك عبدالله الثاني اليوم الثلاثاء رئيس"
                + " الوزراء البلجيكي ألكسندر دي كرو.\n\nوكان جلالة الملك قد زار بروكسل في 14"
                + " نيسان 2023.");
    assertActors(withEvidence(e, "بروكسل"), "عبد الله الثاني", "الأردن");
  }

  @Test
  void styledTitleJoinedToAnotherPartyEndsAtTheConjunction() {
    List<ExtractedEvent> e =
        extract(
            "الكويت 8 أيار 2023 - استقبل الشيخ مشعل الأحمد الجابر الصباح أمير دولة الكويت اليوم"
                + " الاثنين رئيس وزراء ماليزيا أنور إبراهيم.\n\nووقع سمو الأمير ورئيس الوزراء"
                + " الماليزي في 9 أيار 2023 اتفاقية للتعاون الاقتصادي.");
    ExtractedEvent deal = withEvidence(e, "اتفاقية");
    assertActors(deal, "مشعل الأحمد الجابر الصباح", "أنور إبراهيم");
  }

  @Test
  void styledKingIsNobodyWhenTheArticleNamesTwoKings() {
    List<ExtractedEvent> e =
        extract(
            "الرباط 2 أيار 2023 - استقبل العاهل المغربي الملك محمد السادس اليوم الثلاثاء العاهل"
                + " الأردني الملك عبدالله الثاني.\n\nوكان جلالة الملك قد زار باريس في 14 نيسان"
                + " 2023.");
    ExtractedEvent visit = withEvidence(e, "باريس");
    assertNoActor(visit, "محمد السادس");
    assertNoActor(visit, "عبد الله الثاني");
  }
}
