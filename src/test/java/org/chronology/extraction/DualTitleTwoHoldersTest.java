package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A dual title standing for the parties of an event ("ووقع الوزيران") is the two holders of that
 * office the article named by then, whatever states they hold it for; with three named by then it
 * is not a third.
 */
class DualTitleTwoHoldersTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  @Test
  void testTheTwoMinistersNamedBeforeSignTheMemorandum() {
    var events =
        Fixtures.extract(
            "التقى رئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا أمس الأحد وزير الخارجية الكيني"
                + " موساليا مودافادي، ثم التقى وزير الخارجية الغاني صامويل أوكودزيتو أبلاكوا.\n\n"
                + "ووقع الوزيران في ختام المباحثات مذكرة تفاهم للتعاون الزراعي.",
            PUBLISHED);
    var deal = Fixtures.ofType(events, EventType.DEAL);
    Fixtures.assertActors(deal, "موساليا مودافادي", "صامويل أوكودزيتو أبلاكوا");
    Fixtures.assertNoActor(deal, "آبي أحمد");
  }

  @Test
  void testThreeMinistersNamedBeforeAreNotAllTheTwo() {
    var events =
        Fixtures.extract(
            "التقى وزير الخارجية الغاني صامويل أوكودزيتو أبلاكوا ووزير الخارجية الكيني موساليا"
                + " مودافادي ووزير الخارجية الإثيوبي تاي أصقي سيلاسي في أديس أبابا أمس الأحد.\n\n"
                + "ووقع الوزيران في ختام المباحثات مذكرة تفاهم للتعاون الزراعي.",
            PUBLISHED);
    Fixtures.assertNoActor(Fixtures.ofType(events, EventType.DEAL), "تاي أصقي سيلاسي");
  }
}
