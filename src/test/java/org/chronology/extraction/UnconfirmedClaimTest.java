package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A happening the article itself marks as a claim no one confirmed ("وهو ما لم تؤكده الوزارة"، "من
 * دون أن تؤكد الحكومة ذلك") is the guide's reported event, kept even with no date of its own
 * (sentences of our own).
 */
class UnconfirmedClaimTest {

  @Test
  void testAPurchaseNoOneConfirmedIsAReportedDeal() {
    List<ExtractedEvent> e =
        Fixtures.extract(
            "وأشارت وسائل إعلام محلية إلى رغبة الكويت بشراء زوارق دورية إيطالية، وهو ما لم تؤكده"
                + " وزارة الدفاع.");
    ExtractedEvent d = Fixtures.ofType(e, EventType.DEAL);
    assertEquals(EventStatus.REPORTED, d.status(), e.toString());
  }
}
