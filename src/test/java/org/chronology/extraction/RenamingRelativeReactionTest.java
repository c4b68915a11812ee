package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reaction after a pronoun that renames the happening just told by a definite noun and a relative
 * pronoun ("، وهي الخطوة التي انتقدتها أنقرة"، "، وهو القرار الذي وصفته القاهرة") points back like
 * "وهو ما": another party's statement of its own (the guide: a protest or declaration that is
 * itself the news). A verb that is no reaction after the same relative tells nothing new.
 */
class RenamingRelativeReactionTest {

  @Test
  void testJudgementAfterRenamingNounIsAStatementOfItsOwn() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وافتتحت اليونان في الخامس من مايو الماضي قنصلية عامة في مدينة بنغازي، وهي الخطوة"
                + " التي انتقدتها أنقرة حينها بشدة.");
    assertEquals(2, e.size(), e.toString());
    assertEquals(EventType.DIPLOMATIC, e.get(0).type());
    assertEquals(EventType.STATEMENT, e.get(1).type());
  }

  @Test
  void testDescriptionAfterRenamingDecisionIsAStatementOfItsOwn() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وقررت الحكومة السودانية في مارس الماضي طرد السفير الكيني من الخرطوم، وهو القرار الذي"
                + " وصفته نيروبي بأنه متسرع.");
    assertEquals(2, e.size(), e.toString());
    assertEquals(EventType.DIPLOMATIC, e.get(0).type());
    assertEquals(EventType.STATEMENT, e.get(1).type());
  }

  @Test
  void testRegretExpressedAfterRenamingDecisionIsAStatementOfItsOwn() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وأعلنت تشاد في العاشر من أبريل الماضي إغلاق سفارتها في بانغي، وهو القرار الذي عبرت"
                + " بانغي عن أسفها له.");
    assertEquals(2, e.size(), e.toString());
    assertEquals(EventType.DIPLOMATIC, e.get(0).type());
    assertEquals(EventType.STATEMENT, e.get(1).type());
  }

  @Test
  void testUnnamedCommentatorsAfterRenamingNounAreNoHappening() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وافتتحت اليونان في الخامس من مايو الماضي قنصلية عامة في مدينة بنغازي، وهي الخطوة"
                + " التي اعتبرها محللون بداية لتقارب أوسع.");
    assertEquals(1, e.size(), e.toString());
    assertEquals(EventType.DIPLOMATIC, e.get(0).type());
  }
}
