package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Talks told without a place, then the arrival in a city of the other party's country the day
 * before, are one visit from the arrival to the talks; an arrival in another country is another
 * leg.
 */
class ArrivalAfterTalksTest {

  private static final LocalDate THURSDAY = LocalDate.of(2024, 5, 16);

  private static final String TALKS =
      "أجرى الرئيس الصيني شي جين بينغ اليوم الخميس محادثات مع نظيره الكازاخستاني قاسم جومارت"
          + " توكاييف، اتفق خلالها الجانبان على تعزيز التعاون في مجال الطاقة.";

  @Test
  void theArrivalInTheHostsCountryIsTheVisitOfTheTalks() {
    List<ExtractedEvent> events =
        Fixtures.assertEvents(
            1,
            Fixtures.article(TALKS, "ووصل شي إلى أستانا أمس قادماً من موسكو في زيارة دولة."),
            THURSDAY);
    assertEquals(EventType.VISIT, events.get(0).happening().type());
    assertEquals(THURSDAY.minusDays(1), events.get(0).date().start());
    assertEquals(THURSDAY, events.get(0).date().end());
  }

  @Test
  void anArrivalElsewhereIsAnotherLeg() {
    Fixtures.assertEvents(
        2,
        Fixtures.article(TALKS, "وكان شي قد وصل إلى طشقند أمس في زيارة دولة إلى أوزبكستان."),
        THURSDAY);
  }
}
