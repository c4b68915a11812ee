package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The people a visitor signs with, meets or is received by in the visit's own sentence are actors
 * of the visit (guide: a visit and the meetings held during it are one event, the people met its
 * actors); not the people of a happening dated months away from the visit, nor the one who invites
 * to a visit still to come. A counterpart named after a feminine possessor (ونظيرها، نظيرتها) is
 * the office holder named, as after نظيره.
 */
class VisitMeetingsTest {

  private static ExtractedEvent visit(String text) {
    return Fixtures.ofType(Fixtures.extract(text), EventType.VISIT);
  }

  @Test
  void testWhoSignsWithTheVisitorIsAnActorOfTheVisit() {
    var visit =
        visit(
            "وقع رئيس الوزراء البلغاري ستيفان كيروف ونظيره الروماني ميهاي دوبرين أمس في صوفيا"
                + " اتفاقية للتعاون في مجال الطاقة، خلال زيارة رسمية قام بها دوبرين إلى العاصمة"
                + " البلغارية.");
    Fixtures.assertActors(visit, "ميهاي دوبرين", "ستيفان كيروف");
    Fixtures.assertActors(visit, "بلغاريا");
  }

  @Test
  void testASigningMonthsBeforeTheVisitLendsItNoOne() {
    var visit =
        visit(
            "وتأتي زيارة وزير الخارجية البرتغالي جواو سيلفا إلى الرباط اليوم بعد خمسة أشهر من"
                + " توقيع وزير الاقتصاد البرتغالي ونظيره المغربي كريم العلوي اتفاقية للاستثمار في"
                + " لشبونة في تشرين الأول الماضي.");
    Fixtures.assertActors(visit, "جواو سيلفا");
    Fixtures.assertNoActor(visit, "كريم العلوي");
  }

  @Test
  void testWhoInvitesIsNoActorOfTheVisitToCome() {
    var visit =
        visit(
            "ووجه الرئيس الكيني جون موانغي إلى نظيره الغاني كوفي منساه دعوة لزيارة نيروبي، وقد"
                + " قبلها الرئيس الغاني على أن يحدد موعدها لاحقا.");
    Fixtures.assertActors(visit, "كوفي منساه");
    Fixtures.assertNoActor(visit, "جون موانغي");
  }

  @Test
  void testHerCounterpartIsTheOfficeHolderNamed() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقعت وزيرة التجارة السويدية إيفا لندبرغ ونظيرها الأردني سامر الخطيب أمس في عمان مذكرة"
                + " تفاهم لتعزيز الصادرات.");
    Fixtures.assertActors(Fixtures.ofType(events, EventType.DEAL), "إيفا لندبرغ", "سامر الخطيب");
  }

  @Test
  void testHerFemaleCounterpartIsTheOfficeHolderNamed() {
    var visit =
        visit(
            "التقت وزيرة الخارجية النمساوية كلارا هوبر في أوسلو أمس نظيرتها النرويجية إنغريد"
                + " سولبرغ، وبحثت الوزيرتان التعاون في مجال الطاقة.");
    Fixtures.assertActors(visit, "كلارا هوبر", "إنغريد سولبرغ");
  }
}
