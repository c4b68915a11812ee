package org.chronology.extraction;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The state a visitor came from ("قادماً من الهند") is where he was before, not a party of the
 * visit; the visitor's state and the host stay. In a happening other than a visit (a shipment
 * "قادمة من روسيا") the state of origin is left as it was.
 */
class CameFromStateTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 13);

  @Test
  void testTheStateAVisitorCameFromIsNoActorOfTheVisit() {
    var events =
        Fixtures.extract(
            "وصل الرئيس البرازيلي لولا دا سيلفا إلى الرياض أمس في زيارة رسمية تستغرق يومين، قادماً"
                + " من الهند.",
            PUBLISHED);
    ExtractedEvent visit = Fixtures.withEvidence(events, "قادماً");
    Fixtures.assertNoActor(visit, "الهند");
    Fixtures.assertActors(visit, "البرازيل", "السعودية");
  }

  @Test
  void testTheOriginOfAShipmentIsKept() {
    var events =
        Fixtures.extract(
            "وصلت إلى ميناء بورتسودان أمس شحنة أسلحة قادمة من روسيا، وفق ما أعلنت السلطات"
                + " السودانية.",
            PUBLISHED);
    Fixtures.assertActors(Fixtures.withEvidence(events, "شحنة"), "روسيا");
  }
}
