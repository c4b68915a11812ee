package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The people of a clause "during it" (خلالها) after a visit, in the visit's own sentence, are met
 * during the visit: the guide makes them actors of the visit, with the states they stand for. What
 * the clause is about is no one met.
 */
class PeopleMetDuringVisitTest {

  @Test
  void theOneSignedWithDuringTheVisitTakesPartInIt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اختتم الرئيس الكيني وليام روتو أمس الخميس زيارة إلى تنزانيا استغرقت يوماً واحداً، وقع"
                + " خلالها مع رئيس الوزراء قاسم مجاليوا إعلاناً مشتركاً للتعاون في مجال الطاقة.");
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertTrue(named(visit, "مجاليوا"), visit.actors().toString());
  }

  @Test
  void theOneToBeMetOnAnotherDayOfTheVisitTakesPartInIt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "يبدأ وزير الخارجية البيروفي خافيير غونزاليس اليوم زيارة إلى عمان تستمر يومين يجري"
                + " خلالها مباحثات مع نظيره الأردني أيمن الصفدي، على أن يلتقي غدا الثلاثاء العاهل"
                + " الأردني الملك عبد الله الثاني.");
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertTrue(named(visit, "عبد الله الثاني"), visit.actors().toString());
  }

  @Test
  void aVisitWithoutDuringItKeepsItsOwnClause() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "اختتم رئيس الوزراء الماليزي أنور إبراهيم أمس زيارة إلى جاكرتا استمرت يومين، فيما أعلن"
                + " وزير الخارجية السنغافوري فيفيان بالاكريشنان أن بلاده ستستضيف القمة المقبلة.");
    ExtractedEvent visit = Fixtures.ofType(events, EventType.VISIT);
    assertFalse(named(visit, "بالاكريشنان"), visit.actors().toString());
  }

  private static boolean named(ExtractedEvent e, String part) {
    return e.actors().stream().anyMatch(a -> a.name().contains(part));
  }
}
