package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Happenings told by words the trigger list lacked: an official moving on to another city (the
 * guide's visit, travel to another city), documents awaiting their ratification (a parliament
 * decision on relations, diplomatic), a call named by the two leaders' pronoun or as calls between
 * two sides (the guide's meeting, a call).
 */
class MovesRatificationsAndCallsTest {

  @Test
  void anOfficialMovingOnToAnotherCityIsAVisit() {
    ExtractedEvent e =
        Fixtures.only("وانتقل وزير الخارجية الإيطالي مساء الاثنين إلى مدينة الإسكندرية.");
    assertEquals(EventType.VISIT, e.type());
  }

  @Test
  void documentsAwaitingRatificationAreDiplomatic() {
    ExtractedEvent e = Fixtures.only("وتنتظر الوثيقتان مصادقة البرلمان الكيني في مارس المقبل.");
    assertEquals(EventType.DIPLOMATIC, e.type());
  }

  @Test
  void theTwoLeadersCallNamedByTheirPronounIsAMeeting() {
    ExtractedEvent e =
        Fixtures.only(
            "وبحث الرئيسان الفنلندي والإستوني خلال اتصالهما مساء الخميس أمن بحر البلطيق.");
    assertEquals(EventType.MEETING, e.type());
  }

  @Test
  void callsBetweenTwoSidesAreAMeeting() {
    ExtractedEvent e =
        Fixtures.only("وهدأت الأزمة يوم السبت الماضي بعد اتصالات بين وزيري خارجية تشيلي وبيرو.");
    assertEquals(EventType.MEETING, e.type());
  }

  @Test
  void moneyToBeDepositedInACentralBankIsADeal() {
    ExtractedEvent e =
        Fixtures.only("وستودع الكويت مليار دولار في البنك المركزي الأردني الشهر المقبل.");
    assertEquals(EventType.DEAL, e.type());
  }
}
