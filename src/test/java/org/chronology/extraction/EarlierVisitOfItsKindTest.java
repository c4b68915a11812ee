package org.chronology.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "وتعد هذه الزيارة الثانية له، بعد زيارة أولى قام بها عام 2015": a clause opened by a cause word
 * and a noun of the kind of the happening told before it, with a date of its own, tells another
 * happening of that kind (the guide: a past happening with its own date is an event); its date is
 * not the day of the visit it is compared to, which stays undated here.
 */
class EarlierVisitOfItsKindTest {

  @Test
  void aFirstVisitAfterWhichTheCurrentOneComesIsAVisitOfItsOwn() {
    List<ExtractedEvent> events =
        Fixtures.extract(
            "وكان الرئيس الموريتاني قد وصل إلى القاهرة قادماً من الرياض، في ختام جولة عربية."
                + " وتعد هذه الزيارة الثانية له إلى مصر، بعد زيارة أولى قام بها عام 2015 خلال"
                + " ولايته الأولى.");
    assertEquals(2, events.size(), events.toString());
    assertEquals(EventType.VISIT, events.get(0).type(), events.toString());
    assertNull(events.get(0).date().start(), events.toString());
    assertEquals(EventType.VISIT, events.get(1).type(), events.toString());
    assertEquals(2015, events.get(1).date().start().getYear(), events.toString());
  }
}
