package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A signing that names an agreement and then, joined by و, a memorandum of another kind (set off by
 * a comma, or of another event type: a visa agreement, then a memorandum) signed two instruments:
 * two events of the same sides and day (dev conventions: instruments of different kinds are
 * separate deals). Two memoranda, a counted batch, the items of a batch and an unpunctuated pair of
 * one type stay one signing.
 */
class ConjoinedInstrumentsTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2023, 3, 15);

  @Test
  void anAgreementAndAMemorandumSetOffByACommaAreTwoDeals() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقع الأردن والمغرب أمس في الرباط اتفاقية للتعاون في مجال النقل البحري، ومذكرة تفاهم"
                + " في مجال التعليم العالي.");
    assertEquals(2, events.size(), events.toString());
    for (ExtractedEvent e : events) {
      assertEquals(EventType.DEAL, e.type(), e.toString());
      assertEquals(WEDNESDAY, e.date().start(), e.toString());
      Fixtures.assertActors(e, "الأردن", "المغرب");
    }
  }

  @Test
  void aMemorandumAfterAVisaAgreementIsADealBesideIt() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وقعت تونس وماليزيا أمس اتفاقية للإعفاء المتبادل من التأشيرات لحاملي الجوازات"
                + " الدبلوماسية ومذكرة تفاهم لإنشاء آلية للتشاور السياسي.");
    assertEquals(2, events.size(), events.toString());
    Fixtures.ofType(events, EventType.DIPLOMATIC);
    assertEquals(WEDNESDAY, Fixtures.ofType(events, EventType.DEAL).date().start());
  }

  @Test
  void twoMemorandaAreOneSigning() {
    Fixtures.only(
        "وقع الأردن والمغرب أمس مذكرة تفاهم في مجال الزراعة، ومذكرة تفاهم في مجال السياحة.");
  }

  @Test
  void aCountedBatchIsOneSigning() {
    Fixtures.only("وقع الأردن والمغرب أمس 12 اتفاقية ومذكرة تفاهم في مجالات الطاقة والزراعة.");
  }

  @Test
  void anUnpunctuatedPairOfOneTypeIsOneSigning() {
    Fixtures.only(
        "وقع الأردن والمغرب أمس اتفاقية للتعاون الزراعي ومذكرة تفاهم بشأن المواصفات والمقاييس.");
  }

  @Test
  void itemsOfACountedBatchAreOneSigning() {
    Fixtures.only(
        "وقع الأردن والمغرب أمس تسع وثائق، من بينها اتفاقية للنقل البري، ومذكرة تفاهم في مجال"
            + " الثقافة.");
  }
}
