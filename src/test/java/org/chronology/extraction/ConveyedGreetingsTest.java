package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The one whose greetings a guest or host conveys ("نقل إليه تحيات رئيس الوزراء …") is not there
 * and takes no part in the visit or talks; named before a clause of his own ("تحيات الرئيس …، الذي
 * كان قد زار باكو"), he is that clause's subject and stays its actor.
 */
class ConveyedGreetingsTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  @Test
  void testTheSenderOfGreetingsIsNoParty() {
    ExtractedEvent visit =
        Fixtures.ofType(
            Fixtures.extract(
                "استقبل الرئيس الأذربيجاني إلهام علييف أمس في باكو وزير الخارجية الإسرائيلي إيلي"
                    + " كوهين، الذي نقل إليه تحيات رئيس الوزراء بنيامين نتنياهو.",
                PUBLISHED),
            EventType.VISIT);
    Fixtures.assertNoActor(visit, "بنيامين نتنياهو");
    Fixtures.assertActors(visit, "إلهام علييف", "إيلي كوهين", "أذربيجان", "إسرائيل");
  }

  @Test
  void testTheSenderWhoseOwnVisitFollowsIsItsVisitor() {
    ExtractedEvent visit =
        Fixtures.ofType(
            Fixtures.extract(
                "ونقل الوزير إلى الرئيس الأذربيجاني تحيات الرئيس الإسرائيلي شمعون بيريز، الذي كان"
                    + " قد زار باكو عام 2009.",
                PUBLISHED),
            EventType.VISIT);
    assertEquals(Role.VISITOR, Fixtures.actor(visit, "شيمون بيريز").role());
  }
}
