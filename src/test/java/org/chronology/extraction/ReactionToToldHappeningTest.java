package org.chronology.extraction;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A declaration about a happening the article has told, named by its definite noun ("وانتقدت
 * الخارجية الروسية بشدة الزيارة"), is about the states that took part in it: they are actors of the
 * statement; so is a visit named by its visitor ("بزيارة فلان"). Not a noun of what the speaker
 * says ("وقال … إن الزيارة …").
 */
class ReactionToToldHappeningTest {

  private static final String VISIT =
      "وصل رئيس الوزراء الهندي إلى طوكيو أمس في زيارة رسمية تستغرق يومين.";

  @Test
  void testTheStatesOfACondemnedVisitAreActorsOfTheCondemnation() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(VISIT, "واستنكرت وزارة الخارجية الصينية في بيان مساء أمس الزيارة."));
    ExtractedEvent statement = Fixtures.ofType(events, EventType.STATEMENT);
    Fixtures.assertActors(statement, "الصين", "الهند", "اليابان");
  }

  @Test
  void testWhatTheSpeakerSaysOfTheVisitNamesNoParty() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                VISIT, "وقال المتحدث باسم الخارجية الصينية أمس إن الزيارة تعقد الوضع في المنطقة."));
    ExtractedEvent statement = Fixtures.ofType(events, EventType.STATEMENT);
    Fixtures.assertNoActor(statement, "الهند");
  }

  @Test
  void testAVisitNamedByItsVisitorIsTheOneToldBefore() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            Fixtures.article(
                "وصل رئيس الوزراء الهندي ناريندرا مودي إلى طوكيو أمس في زيارة رسمية.",
                "ونددت وزارة الخارجية الصينية مساء أمس بزيارة مودي."));
    ExtractedEvent statement = Fixtures.ofType(events, EventType.STATEMENT);
    Fixtures.assertActors(statement, "الصين", "اليابان");
  }
}
